import Foundation
import HoloCore
import HolonsCore
import Testing

/// A lineage abort crosses failed zome calls typed, at a size that does not grow with the hops it crosses.
@Suite struct DanceAbortSignalTests {
  static let abort = HolonError.danceLineageAborted(
    reason: "depth 9 exceeds the limit of 8", path: (1...9).map { "uhC0k\($0):uhCAk\($0)/holons/relay" })

  @Test func theAbortComesBackTypedFromInsideWrappedMessages() {
    let text = DanceAbortSignal.text(for: Self.abort)
    #expect(DanceAbortSignal.abort(in: text) == Self.abort)
    var wrapped = text
    for hop in 0..<16 { wrapped = "call to holons/dance failed: src/lib.rs:\(hop): Guest: " + wrapped }
    #expect(DanceAbortSignal.abort(in: wrapped) == Self.abort)
  }

  @Test func eachHopFailsWithTheSameSizedText() {
    // What a hop does: decode the abort it received, fail with it again.
    var text = DanceAbortSignal.text(for: Self.abort)
    let size = text.utf8.count
    for _ in 0..<16 {
      let received = "call to holons/dance failed: Guest: " + text
      text = DanceAbortSignal.text(for: DanceAbortSignal.abort(in: received)!)
    }
    #expect(text.utf8.count == size)
  }

  @Test func otherErrorsAndDamagedTokensAreNotAborts() {
    #expect(DanceAbortSignal.abort(in: "Dance lineage aborted (depth 9 exceeds the limit of 8)") == nil)
    // Another HolonError carried the same way is not a lineage abort.
    let other = HolonError.invalidParameter("a dance needs a session naming its transaction")
    #expect(DanceAbortSignal.abort(in: DanceAbortSignal.text(for: other)) == nil)
    let text = DanceAbortSignal.text(for: Self.abort)
    #expect(DanceAbortSignal.abort(in: String(text.dropLast(3))) == nil)
    #expect(DanceAbortSignal.abort(in: text.replacingOccurrences(of: "[[holons:abort:8", with: "[[holons:abort:z")) == nil)
  }

  @Test func theConductorsRefusalToNestIsReadBackAsItsLimit() {
    let text = "call to holons/dance failed: zome calls nested deeper than 16 " + NestedCallRefusal.token(limit: 16)
    #expect(NestedCallRefusal.limit(in: text) == 16)
    #expect(NestedCallRefusal.limit(in: "zome calls nested deeper than 16") == nil)
    #expect(NestedCallRefusal.limit(in: "[[holoswift:call-depth-exceeded:]]") == nil)
    #expect(NestedCallRefusal.limit(in: "[[holoswift:call-depth-exceeded:99999999999999999999]]") == nil)
  }
}
