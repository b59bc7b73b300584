import HoloCrypto
import Testing

@Suite struct SecureBytesTests {
  @Test func randomBytesDifferBetweenCalls() {
    let first = SecureRandom.bytes(32)
    let second = SecureRandom.bytes(32)
    #expect(first.count == 32)
    #expect(first != second)
    #expect(SecureRandom.bytes(0).isEmpty)
    #expect(SecureRandom.bytes(-5).isEmpty)
  }

  @Test func holdsAndLendsItsBytes() {
    let original = SecureRandom.bytes(48)
    let secure = SecureBytes(copying: original)
    #expect(secure.count == 48)
    #expect(secure.copyBytes() == original)
    #expect(secure.withUnsafeBytes { Array($0) } == original)
    #expect(secure.withTemporaryArray { $0 } == original)
  }

  @Test func zeroWipesAnArray() {
    var secret = [UInt8](repeating: 0xAB, count: 40)
    SecureBytes.zero(&secret)
    #expect(secret == [UInt8](repeating: 0, count: 40))
    var empty: [UInt8] = []
    SecureBytes.zero(&empty)
    #expect(empty.isEmpty)
  }
}
