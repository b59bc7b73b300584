public import HoloCore

/// A signal a zome emitted (`emit_signal`), as the app's clients receive it.
public struct AppSignalEvent: Hashable, Sendable {
  public var cell: CellId
  public var zomeName: String
  public var payload: ExternIO

  public init(cell: CellId, zomeName: String, payload: ExternIO) {
    self.cell = cell
    self.zomeName = zomeName
    self.payload = payload
  }
}
