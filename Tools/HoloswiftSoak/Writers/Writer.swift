import HoloCore
import Logging

/// A client that keeps calling `create_post` on whichever conductor incarnation the gate lets it reach, each on
/// a fresh authenticated app connection, and records every acknowledged write in the ledger.
struct Writer: Sendable {
  let number: Int
  let seed: UInt64
  let access: ForumAccess
  let gate: WriterGate
  let ledger: AckLedger
  let logger: Logger

  func run() async {
    var seen = -1
    var written = 0
    while let opening = await gate.next(after: seen) {
      seen = opening.incarnation
      let session: ForumSession
      do {
        session = try await ForumSession.open(opening.ports, access: access, logger: logger)
      } catch {
        // The conductor was killed while this writer connected: wait for the next incarnation.
        continue
      }
      writing: while true {
        let post = ForumPost(
          title: "soak \(seed) writer \(number) post \(written)",
          content: "written by writer \(number) to incarnation \(opening.incarnation)")
        ledger.attempted()
        do throws(ZomeCallFailure) {
          let hash = try await session.createPost(post)
          ledger.acknowledged(
            AcknowledgedWrite(hash: hash, post: post, incarnation: opening.incarnation, writer: number))
          written += 1
        } catch {
          switch error {
          case .noAnswer:
            ledger.unanswered()
            break writing
          case .refused(let refusal):
            ledger.refused(refusal.soakKind)
          case .unexpected(let text):
            ledger.refused("unexpected answer: \(text.prefix(120))")
          }
          await pause()
        }
      }
      await session.close()
    }
  }

  /// A short pause after a refused call, so that a conductor refusing everything is not called in a tight loop.
  private func pause() async {
    // Cancellation only shortens the pause.
    try? await Task.sleep(for: .milliseconds(50))
  }
}
