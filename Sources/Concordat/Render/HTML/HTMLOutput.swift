/// Accumulates HTML text one line at a time. Callers pass already-escaped markup.
struct HTMLOutput {
    /// The text so far.
    private(set) var text = ""

    /// Appends `markup` and a newline.
    mutating func line(_ markup: String) {
        text += markup
        text += "\n"
    }

    /// Appends `markup` as it is.
    mutating func append(_ markup: String) {
        text += markup
    }
}
