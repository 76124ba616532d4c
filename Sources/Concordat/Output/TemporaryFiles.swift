import Foundation
#if canImport(Synchronization)
import Synchronization
#endif

/// The temporary files a run has created and not yet renamed or removed, so that an interrupt
/// (SIGINT, SIGTERM, SIGHUP) removes them before the process ends: a batch stopped part-way
/// leaves no `.NAME.XXXXXX` litter, and every existing file is untouched because nothing has
/// been renamed over it. (SIGKILL cannot be caught; a file created by name cannot avoid that.)
///
/// The handler may run at any moment, so it touches only memory that is never freed: a list of
/// C strings, each emptied (its first byte set to 0) once its file is renamed or removed, and
/// `unlink`, which is safe in a signal handler.
///
/// A batch creates files on every core while the handler runs on one thread, so the handler
/// first marks the process as ending and waits for any creation under way to be registered;
/// a thread that would create a file after the mark waits for the end instead.
public enum TemporaryFiles {
    /// One registered path; nodes are never freed, so the handler can always read them.
    fileprivate struct Node {
        var path: UnsafeMutablePointer<CChar>
        var next: UnsafeMutablePointer<Node>?
    }

    nonisolated(unsafe) fileprivate static var head: UnsafeMutablePointer<Node>?
    private static let lock = NSLock()
    nonisolated(unsafe) private static var installed = false
    private static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Creates a temporary file from a `mkstemp` template with the interrupt signals held back,
    /// so none can arrive between the file's creation and its registration. Returns the file
    /// descriptor and the path, or nil with `errno` set.
    static func create(template: String) -> (descriptor: Int32, path: String)? {
        lock.lock()
        defer { lock.unlock() }
        installHandlers()
        var blocked = sigset_t(), previous = sigset_t()
        sigemptyset(&blocked)
        for signal in signals { sigaddset(&blocked, signal) }
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        // Afterwards the signals are unblocked whatever the mask was before.
        defer {
            pthread_sigmask(SIG_SETMASK, &previous, nil)
            pthread_sigmask(SIG_UNBLOCK, &blocked, nil)
        }
        InterruptGuard.beginCreating()
        defer { InterruptGuard.endCreating() }
        guard let path = strdup(template) else { return nil }
        let descriptor = mkstemp(path)
        guard descriptor >= 0 else {
            let saved = errno
            free(path)
            errno = saved
            return nil
        }
        let node = UnsafeMutablePointer<Node>.allocate(capacity: 1)
        node.initialize(to: Node(path: path, next: head))
        head = node
        return (descriptor, String(cString: path))
    }

    /// Forgets a path once its file has been renamed into place or removed.
    static func forget(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        // Compared as C strings: a batch forgets a thousand files, each in a list of a thousand.
        path.withCString { wanted in
            var node = head
            while let current = node {
                if current.pointee.path.pointee != 0, strcmp(current.pointee.path, wanted) == 0 {
                    current.pointee.path.pointee = 0
                }
                node = current.pointee.next
            }
        }
    }

    /// Removes every registered file: what the handler does, callable directly.
    static func removeAll() {
        var node = head
        while let current = node {
            if current.pointee.path.pointee != 0 { unlink(current.pointee.path) }
            node = current.pointee.next
        }
    }

    /// Installs the handlers now and makes sure the signals reach this thread: a process started
    /// by one whose threads block them (libdispatch's workers do) inherits that mask, and would
    /// otherwise leave an interrupt pending until it finished. Call it at start-up, before other
    /// threads exist, so they inherit the unblocked mask; staging a file calls it too.
    public static func installSignalHandlers() {
        lock.lock()
        defer { lock.unlock() }
        installHandlers()
    }

    private static func installHandlers() {
        guard !installed else { return }
        installed = true
        InterruptGuard.prepare()
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        for signal in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = temporaryFilesSignalHandler
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, nil)
            sigaddset(&unblocked, signal)
        }
        pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
    }
}

/// Removes the registered temporary files, then ends the process by the same signal with its
/// default action, so the parent sees how it ended.
private func temporaryFilesSignalHandler(_ signal: Int32) {
    InterruptGuard.end()
    TemporaryFiles.removeAll()
    var action = sigaction()
    action.__sigaction_handler.sa_handler = SIG_DFL
    sigemptyset(&action.sa_mask)
    sigaction(signal, &action, nil)
    raise(signal)
}

/// Keeps files from being created behind the handler's back. Each creating thread counts itself
/// in, then looks for the mark; the handler sets the mark, then waits for the count to reach
/// zero. Both in one total order, so either the handler sees the thread (and waits for its file
/// to be registered, then removes it) or the thread sees the mark (and creates nothing).
private enum InterruptGuard {
    #if canImport(Synchronization)
    @available(macOS 15.0, *)
    private static let ending = Atomic<Bool>(false)
    @available(macOS 15.0, *)
    private static let creating = Atomic<Int>(0)
    #endif

    /// Initialises the counters, so the handler never runs their one-time set-up.
    static func prepare() {
        #if canImport(Synchronization)
        if #available(macOS 15.0, *) {
            _ = ending.load(ordering: .sequentiallyConsistent)
            _ = creating.load(ordering: .sequentiallyConsistent)
        }
        #endif
    }

    /// Called, with the signals blocked, before a file is created; never returns once the
    /// process is ending, so no file appears after the handler has removed the others.
    static func beginCreating() {
        #if canImport(Synchronization)
        if #available(macOS 15.0, *) {
            creating.add(1, ordering: .sequentiallyConsistent)
            if ending.load(ordering: .sequentiallyConsistent) {
                creating.subtract(1, ordering: .sequentiallyConsistent)
                while true { pause() }
            }
        }
        #endif
    }

    /// Called once the file is registered (or could not be created).
    static func endCreating() {
        #if canImport(Synchronization)
        if #available(macOS 15.0, *) { creating.subtract(1, ordering: .sequentiallyConsistent) }
        #endif
    }

    /// Called by the handler: marks the process as ending and waits for creations under way.
    static func end() {
        #if canImport(Synchronization)
        if #available(macOS 15.0, *) {
            ending.store(true, ordering: .sequentiallyConsistent)
            while creating.load(ordering: .sequentiallyConsistent) > 0 {}
        }
        #endif
    }
}
