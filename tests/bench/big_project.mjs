// A deterministic ~1 MB project file (SWOT items with Chinese and Latin text) for the startup
// and autosave benchmarks. Returns the file's text, ready to store under pw1:project:big-1.
export function bigProject() {
  const items = [];
  let id = 1;
  const quadrants = ['strengths', 'weaknesses', 'opportunities', 'threats'];
  while (JSON.stringify(items).length < 1_000_000) {
    items.push({ id: id++, quadrant: quadrants[id % 4], text: `条目 ${id}: 客户服务策划 service planning item with some length`, note: 'note '.repeat(20), priority: (id % 5) + 1 });
  }
  return JSON.stringify({ format: 'planning-workbench', schema_version: 1, saved_at: 0,
    project: { id: 'big-1', name: 'One megabyte', created: 0, updated: 0, next_item_id: id, swot: { items, strategies: [] } } });
}
