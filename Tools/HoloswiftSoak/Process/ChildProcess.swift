import Foundation
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// Why a child process could not be started or did not end well.
enum ChildProcessError: Error, CustomStringConvertible {
  case spawnFailed(executable: String, errno: Int32)
  case pipeFailed(errno: Int32)
  case failed(command: String, status: ExitStatus, output: [String])

  var description: String {
    switch self {
    case .spawnFailed(let executable, let code): "cannot start \(executable): \(String(cString: strerror(code)))"
    case .pipeFailed(let code): "cannot create a pipe: \(String(cString: strerror(code)))"
    case .failed(let command, let status, let output):
      "`\(command)` ended with \(status)\(output.isEmpty ? "" : ":\n  " + output.suffix(20).joined(separator: "\n  "))"
    }
  }
}

/// How a child process ended.
enum ExitStatus: Equatable, Sendable, CustomStringConvertible {
  case exited(Int32)
  case signalled(Int32)

  init(waitStatus status: Int32) {
    // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift does not import (they are macros).
    if status & 0x7f == 0 { self = .exited((status >> 8) & 0xff) } else { self = .signalled(status & 0x7f) }
  }

  var description: String {
    switch self {
    case .exited(let code): "exit code \(code)"
    case .signalled(let signal): "signal \(signal)"
    }
  }
}

/// A child process started with `posix_spawn`: its standard output comes as lines (and is appended to a log
/// file, with its standard error), it can be signalled, and its end awaited. Every live child is known to
/// ``ChildRegistry``, which kills them when the soak is interrupted.
final class ChildProcess: Sendable {
  let pid: pid_t
  let command: String
  /// The lines the child writes to standard output; ends when it closes it (usually when it exits).
  let lines: AsyncStream<String>
  private let ended = Mutex<(status: ExitStatus?, waiters: [CheckedContinuation<ExitStatus, Never>])>((nil, []))

  private init(pid: pid_t, command: String, lines: AsyncStream<String>) {
    self.pid = pid
    self.command = command
    self.lines = lines
  }

  /// Starts `executable` with `arguments` in `directory` (or this process's), standard input from /dev/null,
  /// standard error appended to `logPath`.
  static func spawn(
    _ executable: String, _ arguments: [String], directory: String? = nil, logPath: String
  ) throws(ChildProcessError) -> ChildProcess {
    var fds: [Int32] = [-1, -1]
    guard pipe(&fds) == 0 else { throw .pipeFailed(errno: errno) }
    // Neither end may leak into other children (dup2 gives the child its standard output without the flag).
    _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
    _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
    posix_spawn_file_actions_addopen(&actions, 2, logPath, O_WRONLY | O_CREAT | O_APPEND, 0o644)
    // posix_spawn_file_actions_addchdir_np is not visible to Swift: a shell changes directory, then execs.
    let program = directory == nil ? executable : "/bin/sh"
    let words = directory.map { ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", $0, executable] } ?? [executable]
    let argv = (words + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let status = ChildRegistry.shared.spawning {
      let status = argv.withUnsafeBufferPointer { buffer in
        posix_spawn(&pid, program, &actions, nil, UnsafeMutablePointer(mutating: buffer.baseAddress!), environ)
      }
      return (status, pid)
    }
    close(fds[1])
    guard status == 0 else {
      close(fds[0])
      throw .spawnFailed(executable: executable, errno: status)
    }
    let spawned = pid
    let command = ([executable] + arguments).joined(separator: " ")
    let (lines, sink) = AsyncStream.makeStream(of: String.self)
    let child = ChildProcess(pid: spawned, command: command, lines: lines)
    let readFD = fds[0]
    let log = open(logPath, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
    Thread.detachNewThread {
      readLines(from: readFD, log: log, into: sink)
      close(readFD)
      if log >= 0 { close(log) }
    }
    Thread.detachNewThread {
      child.didEnd(ChildRegistry.shared.reap(spawned))
    }
    return child
  }

  /// Sends `signal` (SIGKILL, SIGTERM…), unless the child has already been reaped.
  func send(_ signal: Int32) {
    ChildRegistry.shared.signal(pid, signal)
  }

  /// Sends SIGKILL and waits (at most 30 s) until the child has been reaped; whatever follows may then touch
  /// the files it had open.
  func kill() async {
    send(SIGKILL)
    // A child that SIGKILL does not end in 30 s is beyond help; the soak goes on and says what it checks.
    _ = try? await withDeadline(.seconds(30), "end of process \(pid) after SIGKILL") { await self.exitStatus() }
  }

  /// Waits until the child has exited and been reaped.
  func exitStatus() async -> ExitStatus {
    await withCheckedContinuation { continuation in
      let known = ended.withLock { state -> ExitStatus? in
        if let status = state.status { return status }
        state.waiters.append(continuation)
        return nil
      }
      if let known { continuation.resume(returning: known) }
    }
  }

  /// Whether the child has been reaped.
  var hasEnded: Bool { ended.withLock { $0.status != nil } }

  private func didEnd(_ status: ExitStatus) {
    let waiters = ended.withLock { state in
      state.status = status
      defer { state.waiters = [] }
      return state.waiters
    }
    for waiter in waiters { waiter.resume(returning: status) }
  }

  /// Runs a command to its end (within `limit`) and returns its standard output; throws when it fails.
  static func run(
    _ executable: String, _ arguments: [String], directory: String? = nil, logPath: String, limit: Duration
  ) async throws -> [String] {
    let child = try spawn(executable, arguments, directory: directory, logPath: logPath)
    do {
      return try await withDeadline(limit, "end of `\(child.command)`") {
        var output: [String] = []
        for await line in child.lines { output.append(line) }
        let status = await child.exitStatus()
        guard status == .exited(0) else {
          throw ChildProcessError.failed(command: child.command, status: status, output: output)
        }
        return output
      }
    } catch {
      child.send(SIGKILL)
      throw error
    }
  }
}

/// Reads `fd` to its end, yielding each line and appending it to `log`.
private func readLines(from fd: Int32, log: Int32, into sink: AsyncStream<String>.Continuation) {
  var pending: [UInt8] = []
  var buffer = [UInt8](repeating: 0, count: 4096)
  while true {
    let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
    if count < 0 && errno == EINTR { continue }
    guard count > 0 else { break }
    if log >= 0 { _ = buffer.withUnsafeBytes { write(log, $0.baseAddress, count) } }
    pending.append(contentsOf: buffer[0..<count])
    while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
      sink.yield(String(decoding: pending[..<newline], as: UTF8.self))
      pending.removeSubrange(...newline)
    }
  }
  if !pending.isEmpty { sink.yield(String(decoding: pending, as: UTF8.self)) }
  sink.finish()
}
