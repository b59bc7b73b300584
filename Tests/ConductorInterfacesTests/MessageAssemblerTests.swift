import Testing

@testable import ConductorInterfaces

@Suite("MessageAssembler")
struct MessageAssemblerTests {
  @Test("A single final frame is a message")
  func singleFrame() {
    var assembler = MessageAssembler(maxSize: 8)
    #expect(assembler.append([1, 2, 3], isContinuation: false, isFinal: true) == .message([1, 2, 3]))
    #expect(assembler.append([], isContinuation: false, isFinal: true) == .message([]))
  }

  @Test("Fragments are put together")
  func fragments() {
    var assembler = MessageAssembler(maxSize: 8)
    #expect(assembler.append([1, 2], isContinuation: false, isFinal: false) == .incomplete)
    #expect(assembler.append([3], isContinuation: true, isFinal: false) == .incomplete)
    #expect(assembler.append([4], isContinuation: true, isFinal: true) == .message([1, 2, 3, 4]))
    #expect(assembler.append([5], isContinuation: false, isFinal: true) == .message([5]))
  }

  @Test("A message past the limit, whole or fragmented, is too large")
  func tooLarge() {
    var assembler = MessageAssembler(maxSize: 4)
    #expect(assembler.append([1, 2, 3, 4, 5], isContinuation: false, isFinal: true) == .tooLarge)
    #expect(assembler.append([1, 2, 3], isContinuation: false, isFinal: false) == .incomplete)
    #expect(assembler.append([4, 5], isContinuation: true, isFinal: true) == .tooLarge)
    #expect(assembler.append([1, 2, 3, 4], isContinuation: false, isFinal: true) == .message([1, 2, 3, 4]))
  }

  @Test("Continuations out of place are protocol errors")
  func protocolErrors() {
    var assembler = MessageAssembler(maxSize: 8)
    #expect(assembler.append([1], isContinuation: true, isFinal: true) == .protocolError)
    #expect(assembler.append([1], isContinuation: false, isFinal: false) == .incomplete)
    #expect(assembler.append([2], isContinuation: false, isFinal: true) == .protocolError)
  }
}
