import Foundation

/// Results of work done concurrently, kept in the order the work was given. Each index is
/// written once, under a lock, so workers never share a slot.
final class OrderedResults<Value: Sendable>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Value?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }

    /// Runs `work` for every index on all cores and returns the results in index order.
    static func map(count: Int, _ work: @Sendable (Int) -> Value) -> [Value?] {
        let results = OrderedResults(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in results.set(index, work(index)) }
        return results.values
    }
}
