extension Block {
    /// Calls `inline` with every leaf inline in `blocks` in reading order — inside sections,
    /// clauses, lists, tables, notices, emphasis and strong — and `signatures` with each signature
    /// block, so that readers of the model (diff, verify) walk it one way.
    static func forEachInline(
        in blocks: [Block], _ inline: (Inline) -> Void, signatures: ([Signatory]) -> Void = { _ in }
    ) {
        func inlines(_ content: [Inline]) {
            for item in content {
                switch item {
                case .emphasis(let children), .strong(let children): inlines(children)
                default: inline(item)
                }
            }
        }
        func visit(_ content: [Block]) {
            for block in content {
                switch block {
                case .section(let s): visit(s.blocks)
                case .clause(let c): visit(c.blocks)
                case .paragraph(let p): inlines(p)
                case .heading(_, let text, _): inlines(text)
                case .numberedList(let list): list.items.forEach { visit($0.blocks) }
                case .bulletList(let items): items.forEach { visit($0) }
                case .table(let t): t.header.forEach(inlines); t.rows.forEach { $0.forEach(inlines) }
                case .notice(_, let body): visit(body)
                case .signatures(let people): signatures(people)
                case .pageBreak: break
                }
            }
        }
        visit(blocks)
    }
}
