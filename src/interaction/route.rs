//! Where the user is: the project list, or a project with one canvas tab open. Kept in the
//! address's fragment (`#/p/<id>/<tab>`) so a reload returns to the same place. View state
//! only: never part of the document, never undone.

use crate::i18n::Text;
use crate::model::ProjectId;

/// The four canvases, in tab order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum CanvasTab {
    #[default]
    Swot,
    FiveForces,
    Org,
    Blueprint,
    Quality,
}

impl CanvasTab {
    pub const ALL: [CanvasTab; 5] = [CanvasTab::Swot, CanvasTab::FiveForces, CanvasTab::Org, CanvasTab::Blueprint, CanvasTab::Quality];

    pub fn slug(self) -> &'static str {
        match self {
            CanvasTab::Swot => "swot",
            CanvasTab::FiveForces => "five-forces",
            CanvasTab::Org => "org",
            CanvasTab::Blueprint => "blueprint",
            CanvasTab::Quality => "quality",
        }
    }

    /// The canvas `by` places after this one (before it when negative), going round.
    pub fn stepped(self, by: isize) -> CanvasTab {
        let all = CanvasTab::ALL;
        let at = all.iter().position(|t| *t == self).unwrap_or(0) as isize;
        all[(at + by).rem_euclid(all.len() as isize) as usize]
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        CanvasTab::ALL.into_iter().find(|tab| tab.slug() == slug)
    }

    pub fn label(self) -> Text {
        match self {
            CanvasTab::Swot => Text::CanvasSwot,
            CanvasTab::FiveForces => Text::CanvasFiveForces,
            CanvasTab::Org => Text::CanvasOrg,
            CanvasTab::Blueprint => Text::CanvasBlueprint,
            CanvasTab::Quality => Text::CanvasQuality,
        }
    }

    pub fn blurb(self) -> Text {
        match self {
            CanvasTab::Swot => Text::CanvasSwotBlurb,
            CanvasTab::FiveForces => Text::CanvasFiveForcesBlurb,
            CanvasTab::Org => Text::CanvasOrgBlurb,
            CanvasTab::Blueprint => Text::CanvasBlueprintBlurb,
            CanvasTab::Quality => Text::CanvasQualityBlurb,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Route {
    #[default]
    ProjectList,
    Project {
        id: ProjectId,
        tab: CanvasTab,
    },
    /// A share link (`#share=…`): the project travels in the fragment itself.
    Share,
    /// A live-session link (`#live=…`): a room to join.
    Live,
}

impl Route {
    /// Reads a location fragment (with or without the leading `#`). Anything unknown is the list.
    pub fn from_fragment(fragment: &str) -> Route {
        if crate::persist::is_share_fragment(fragment) {
            return Route::Share;
        }
        if crate::live::room::is_live_fragment(fragment) {
            return Route::Live;
        }
        let path = fragment.trim_start_matches('#').trim_start_matches('/');
        let mut parts = path.split('/');
        match (parts.next(), parts.next().and_then(ProjectId::parse), parts.next()) {
            (Some("p"), Some(id), tab) => Route::Project { id, tab: tab.and_then(CanvasTab::from_slug).unwrap_or_default() },
            _ => Route::ProjectList,
        }
    }

    pub fn to_fragment(&self) -> String {
        match self {
            // A share link is only ever opened, never made into a route again.
            Route::ProjectList | Route::Share | Route::Live => "#/".to_owned(),
            Route::Project { id, tab } => format!("#/p/{id}/{}", tab.slug()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_round_trip() {
        let id = ProjectId::parse("p1-0").unwrap();
        for tab in CanvasTab::ALL {
            let route = Route::Project { id: id.clone(), tab };
            assert_eq!(Route::from_fragment(&route.to_fragment()), route);
        }
        assert_eq!(Route::from_fragment(&Route::ProjectList.to_fragment()), Route::ProjectList);
    }

    #[test]
    fn canvases_step_round() {
        assert_eq!(CanvasTab::Swot.stepped(1), CanvasTab::FiveForces);
        assert_eq!(CanvasTab::Swot.stepped(-1), CanvasTab::Quality);
        assert_eq!(CanvasTab::Quality.stepped(1), CanvasTab::Swot);
        assert_eq!(CanvasTab::Org.stepped(5), CanvasTab::Org);
    }

    #[test]
    fn unknown_fragments_fall_back_safely() {
        assert_eq!(Route::from_fragment(""), Route::ProjectList);
        assert_eq!(Route::from_fragment("#/p/<script>"), Route::ProjectList);
        assert_eq!(Route::from_fragment("#share=1.abc"), Route::Share);
        assert_eq!(Route::from_fragment("#live=abc&server=x"), Route::Live);
        assert_eq!(Route::from_fragment("#/p/abc/nope"), Route::Project { id: ProjectId::parse("abc").unwrap(), tab: CanvasTab::Swot });
    }
}
