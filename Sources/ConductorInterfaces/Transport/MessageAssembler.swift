/// Puts websocket data frames back together into whole messages and enforces the message size limit.
///
/// Text and binary messages are treated alike, as Holochain does: a message's bytes are a msgpack `WireMessage`
/// whatever its opcode.
struct MessageAssembler {
  /// What one frame completed.
  enum Outcome: Equatable {
    /// A whole message.
    case message([UInt8])
    /// The frame was a fragment; more follow.
    case incomplete
    /// The message grew past the limit (close with 1009).
    case tooLarge
    /// A continuation frame without a message to continue, or a new message inside an unfinished one
    /// (close with 1002).
    case protocolError
  }

  /// The largest message accepted, in bytes.
  let maxSize: Int
  private var buffer: [UInt8] = []
  /// Whether the frames so far began a message that is not complete yet.
  private(set) var isInsideMessage = false

  init(maxSize: Int) { self.maxSize = maxSize }

  /// Adds one data frame's payload.
  /// - Parameters:
  ///   - payload: The frame's unmasked payload.
  ///   - isContinuation: Whether the frame's opcode is `continuation` (otherwise `text` or `binary`).
  ///   - isFinal: The frame's FIN bit.
  mutating func append(_ payload: some Collection<UInt8>, isContinuation: Bool, isFinal: Bool) -> Outcome {
    guard isContinuation == isInsideMessage else {
      reset()
      return .protocolError
    }
    guard buffer.count + payload.count <= maxSize else {
      reset()
      return .tooLarge
    }
    if isFinal && !isInsideMessage {
      return .message(Array(payload))
    }
    buffer.append(contentsOf: payload)
    guard isFinal else {
      isInsideMessage = true
      return .incomplete
    }
    let message = buffer
    reset()
    return .message(message)
  }

  private mutating func reset() {
    buffer = []
    isInsideMessage = false
  }
}
