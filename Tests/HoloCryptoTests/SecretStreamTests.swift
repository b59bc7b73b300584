import HoloCrypto
import Testing

@Suite struct SecretStreamTests {
  let key = SecretStream.generateKey()
  let chunks: [[UInt8]] = [Array("first ".utf8), [], Array("third ".utf8), Array("last".utf8)]

  /// Encrypts `chunks`, marking the last one final.
  func encrypt() throws -> (header: [UInt8], chunks: [[UInt8]]) {
    var push = try SecretStream.Push(key: key)
    var sealed: [[UInt8]] = []
    for (index, chunk) in chunks.enumerated() {
      sealed.append(try push.push(chunk, final: index == chunks.count - 1))
    }
    let finished = push.isFinished
    #expect(finished)
    return (push.header, sealed)
  }

  @Test func multiChunkRoundTrip() throws {
    let (header, sealed) = try encrypt()
    #expect(header.count == SecretStream.headerLength)
    #expect(sealed.map(\.count) == chunks.map { $0.count + SecretStream.overheadLength })

    var pull = try SecretStream.Pull(key: key, header: header)
    var opened: [[UInt8]] = []
    var finals: [Bool] = []
    for chunk in sealed {
      let (message, isFinal) = try pull.pull(chunk)
      opened.append(message)
      finals.append(isFinal)
    }
    try pull.finish()
    #expect(opened == chunks)
    #expect(finals == [false, false, false, true])
  }

  @Test func truncatedStreamIsDetected() throws {
    let (header, sealed) = try encrypt()
    var pull = try SecretStream.Pull(key: key, header: header)
    for chunk in sealed.dropLast() {
      #expect(try pull.pull(chunk).isFinal == false)
    }
    #expect(throws: CryptoError.truncatedStream) { try pull.finish() }
  }

  @Test func tamperedChunkFails() throws {
    let (header, sealed) = try encrypt()
    var pull = try SecretStream.Pull(key: key, header: header)
    var altered = sealed[0]
    altered[altered.count / 2] ^= 0x04
    #expect(throws: CryptoError.authenticationFailed) { try pull.pull(altered) }
    // A failed chunk leaves the stream in place: the genuine one still opens.
    #expect(try pull.pull(sealed[0]).message == chunks[0])
  }

  @Test func reorderedChunksFail() throws {
    let (header, sealed) = try encrypt()
    var pull = try SecretStream.Pull(key: key, header: header)
    #expect(throws: CryptoError.authenticationFailed) { try pull.pull(sealed[1]) }
    _ = try pull.pull(sealed[0])
    #expect(throws: CryptoError.authenticationFailed) { try pull.pull(sealed[2]) }
  }

  @Test func wrongKeyOrHeaderFails() throws {
    let (header, sealed) = try encrypt()
    var wrongKey = try SecretStream.Pull(key: SecretStream.generateKey(), header: header)
    #expect(throws: CryptoError.authenticationFailed) { try wrongKey.pull(sealed[0]) }
    var otherHeader = header
    otherHeader[0] ^= 0x01
    var wrongHeader = try SecretStream.Pull(key: key, header: otherHeader)
    #expect(throws: CryptoError.authenticationFailed) { try wrongHeader.pull(sealed[0]) }
  }

  @Test func nothingAfterTheFinalChunk() throws {
    var push = try SecretStream.Push(key: key)
    let only = try push.push([1, 2, 3], final: true)
    #expect(throws: CryptoError.streamFinished) { try push.push([4]) }

    var pull = try SecretStream.Pull(key: key, header: push.header)
    #expect(try pull.pull(only).isFinal)
    #expect(throws: CryptoError.streamFinished) { try pull.pull(only) }
  }

  @Test func singleChunkSealBindsAdditionalData() throws {
    let (header, cipher) = try SecretStream.seal(message: [7, 7, 7], key: key, additionalData: [1])
    #expect(
      try SecretStream.open(header: header, cipher: cipher, key: key, additionalData: [1]) == [
        7, 7, 7,
      ])
    #expect(throws: CryptoError.authenticationFailed) {
      try SecretStream.open(header: header, cipher: cipher, key: key, additionalData: [2])
    }
    // A non-final chunk handed to `open` is a truncated stream.
    var push = try SecretStream.Push(key: key)
    let partial = try push.push([7])
    #expect(throws: CryptoError.truncatedStream) {
      try SecretStream.open(header: push.header, cipher: partial, key: key)
    }
  }

  @Test func wrongSizesAreRejected() throws {
    #expect(throws: CryptoError.invalidLength(parameter: "key", allowed: 32...32, actual: 16)) {
      _ = try SecretStream.Push(key: [UInt8](repeating: 0, count: 16))
    }
    #expect(throws: CryptoError.invalidLength(parameter: "header", allowed: 24...24, actual: 23)) {
      _ = try SecretStream.Pull(key: key, header: [UInt8](repeating: 0, count: 23))
    }
    let push = try SecretStream.Push(key: key)
    var pull = try SecretStream.Pull(key: key, header: push.header)
    #expect(
      throws: CryptoError.invalidLength(parameter: "chunk", allowed: 17...Int.max, actual: 16)
    ) {
      try pull.pull([UInt8](repeating: 0, count: 16))
    }
  }
}
