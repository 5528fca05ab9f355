//! The undo and redo stacks as persistent stacks: pushing shares everything below, so a copy
//! of a session (the editor's reducer makes one on every action, save-status changes included)
//! copies two pointers, not the history. A stack keeps at most `limit` steps; older ones are
//! dropped in one go once twice that many have piled up, so trimming costs nothing per edit.

use super::Project;
use std::rc::Rc;

#[derive(Debug)]
struct Node {
    project: Project,
    below: Option<Rc<Node>>,
}

/// A stack of snapshots, newest on top.
#[derive(Clone, Debug)]
pub struct Snapshots {
    top: Option<Rc<Node>>,
    /// Steps that can be taken back (at most `limit`).
    len: usize,
    /// Nodes in the chain, `len` of them reachable and the rest waiting to be dropped.
    depth: usize,
    limit: usize,
}

impl Snapshots {
    pub fn new(limit: usize) -> Self {
        Snapshots { top: None, len: 0, depth: 0, limit }
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn push(&mut self, project: Project) {
        self.top = Some(Rc::new(Node { project, below: self.top.take() }));
        self.len = (self.len + 1).min(self.limit);
        self.depth += 1;
        if self.depth > self.limit.saturating_mul(2) {
            self.trim();
        }
    }

    pub fn pop(&mut self) -> Option<Project> {
        if self.len == 0 {
            return None;
        }
        let node = self.top.take()?;
        self.len -= 1;
        self.depth -= 1;
        let (project, below) = match Rc::try_unwrap(node) {
            Ok(node) => (node.project, node.below),
            Err(shared) => (shared.project.clone(), shared.below.clone()),
        };
        self.top = if self.len == 0 { None } else { below };
        if self.len == 0 {
            self.depth = 0;
        }
        Some(project)
    }

    pub fn clear(&mut self) {
        *self = Snapshots::new(self.limit);
    }

    /// Rebuilds the chain from the `len` reachable snapshots, dropping the older ones.
    fn trim(&mut self) {
        let mut kept = Vec::with_capacity(self.len);
        let mut at = self.top.as_deref();
        while let Some(node) = at.filter(|_| kept.len() < self.len) {
            kept.push(node.project.clone());
            at = node.below.as_deref();
        }
        // Dropping the old chain one node at a time keeps a deep chain off the call stack.
        let mut old = self.top.take();
        while let Some(node) = old {
            old = Rc::try_unwrap(node).ok().and_then(|node| node.below);
        }
        let len = kept.len();
        for project in kept.into_iter().rev() {
            self.top = Some(Rc::new(Node { project, below: self.top.take() }));
        }
        self.len = len;
        self.depth = len;
    }

    /// The reachable snapshots, newest first.
    fn iter(&self) -> impl Iterator<Item = &Project> {
        let mut at = self.top.as_deref();
        std::iter::from_fn(move || {
            let node = at?;
            at = node.below.as_deref();
            Some(&node.project)
        })
        .take(self.len)
    }
}

impl PartialEq for Snapshots {
    fn eq(&self, other: &Self) -> bool {
        self.len == other.len && self.iter().eq(other.iter())
    }
}

impl Drop for Snapshots {
    /// Unlinks the chain iteratively: dropping a long chain recursively could exhaust the stack.
    fn drop(&mut self) {
        let mut at = self.top.take();
        while let Some(node) = at {
            at = Rc::try_unwrap(node).ok().and_then(|node| node.below);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ProjectId, Timestamp};

    fn version(n: i64) -> Project {
        Project::new(ProjectId::parse("p1").unwrap(), format!("v{n}"), Timestamp(n))
    }

    #[test]
    fn the_newest_comes_back_first_and_the_oldest_beyond_the_limit_are_gone() {
        let mut stack = Snapshots::new(3);
        for n in 0..10 {
            stack.push(version(n));
        }
        assert_eq!(stack.len, 3);
        let names: Vec<String> = std::iter::from_fn(|| stack.pop()).map(|p| p.name).collect();
        assert_eq!(names, ["v9", "v8", "v7"]);
        assert!(stack.is_empty());
        stack.push(version(20));
        assert_eq!(stack.pop().map(|p| p.name), Some("v20".to_owned()));
        assert_eq!(stack.pop(), None);
    }

    #[test]
    fn a_copy_shares_the_history_and_each_side_changes_alone() {
        let mut a = Snapshots::new(10);
        for n in 0..5 {
            a.push(version(n));
        }
        let mut b = a.clone();
        assert_eq!(a, b);
        assert_eq!(b.pop().map(|p| p.name), Some("v4".to_owned()));
        b.push(version(9));
        assert_eq!(a.len, 5);
        assert_eq!(a.pop().map(|p| p.name), Some("v4".to_owned()), "the copy's pop left this one whole");
        assert_ne!(a, b);
    }

    #[test]
    fn a_long_history_is_trimmed_and_dropped_without_recursion() {
        let mut stack = Snapshots::new(200);
        for n in 0..100_000 {
            stack.push(version(n));
        }
        assert!(stack.depth <= 400);
        assert_eq!(stack.pop().map(|p| p.name), Some("v99999".to_owned()));
        let mut deep = Snapshots::new(usize::MAX);
        for n in 0..200_000 {
            deep.push(version(n));
        }
        drop(deep);
    }
}
