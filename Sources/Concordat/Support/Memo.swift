import Foundation

/// Results of a pure function kept by input, for parts every document of a batch shares (the
/// ODT and DOCX styles, the parsed house style), so they are built once rather than once a
/// document. Safe to use from every core.
///
/// Some inputs come from requests (a draft label, a language), so a long-running process could
/// see many; at most `limit` results are kept, and when that is reached the memo starts again.
final class Memo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private var values: [Key: Value] = [:]
    private let lock = NSLock()
    private let limit: Int

    /// A memo keeping at most `limit` results.
    init(limit: Int = 64) { self.limit = limit }

    /// The value for `key`, computed by `make` the first time. A failure is not kept.
    func value<Failure: Error>(_ key: Key, _ make: () throws(Failure) -> Value) throws(Failure) -> Value {
        lock.lock()
        let known = values[key]
        lock.unlock()
        if let known { return known }
        let made = try make()
        lock.lock()
        if values.count >= limit { values.removeAll(keepingCapacity: true) }
        values[key] = made
        lock.unlock()
        return made
    }
}
