import ConductorAPI
import HoloCore
import Testing

/// Parses a hex string ("a3 66 6f" or "a3666f") into bytes.
func hex(_ text: String) -> [UInt8] {
  let digits = Array(text.utf8.filter { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\n") })
  var bytes: [UInt8] = []
  var index = 0
  while index + 1 < digits.count {
    bytes.append(UInt8(String(decoding: digits[index...index + 1], as: UTF8.self), radix: 16) ?? 0)
    index += 2
  }
  return bytes
}

/// Bytes as lowercase hex.
func hexString(_ bytes: [UInt8]) -> String {
  bytes.map { byte in
    let digits = String(byte, radix: 16)
    return digits.count == 1 ? "0" + digits : digits
  }.joined()
}

/// A hash of kind `T` from a 3-byte prefix and 36 copies of `fill` (Holochain's `from_raw_36(vec![fill; 36])`).
func rawHash<T: HoloHashType>(_: T.Type, prefix: [UInt8], fill: UInt8) -> HoloHash<T> {
  // The prefix is one of the known kinds, so this cannot fail.
  (try? HoloHash<T>(raw39: prefix + [UInt8](repeating: fill, count: 36)))!
}

/// `DnaHash::from_raw_36(vec![fill; 36])`.
func dnaHash(_ fill: UInt8) -> DnaHash { rawHash(HashTypes.Dna.self, prefix: [0x84, 0x2d, 0x24], fill: fill) }
/// `AgentPubKey::from_raw_36(vec![fill; 36])`.
func agentKey(_ fill: UInt8) -> AgentPubKey { rawHash(HashTypes.Agent.self, prefix: [0x84, 0x20, 0x24], fill: fill) }
/// `ActionHash::from_raw_36(vec![fill; 36])`.
func actionHash(_ fill: UInt8) -> ActionHash { rawHash(HashTypes.Action.self, prefix: [0x84, 0x29, 0x24], fill: fill) }
/// `EntryHash::from_raw_36(vec![fill; 36])`.
func entryHash(_ fill: UInt8) -> EntryHash { rawHash(HashTypes.Entry.self, prefix: [0x84, 0x21, 0x24], fill: fill) }
/// `DhtOpHash::from_raw_36(vec![fill; 36])`.
func dhtOpHash(_ fill: UInt8) -> DhtOpHash { rawHash(HashTypes.DhtOp.self, prefix: [0x84, 0x24, 0x24], fill: fill) }

/// The cell `[dna 0x01…, agent 0x02…]`.
let testCell = CellId(dnaHash: dnaHash(1), agent: agentKey(2))

/// A 64-byte value of `fill`s.
func bytes64(_ fill: UInt8) -> [UInt8] { [UInt8](repeating: fill, count: 64) }

/// A signature of 64 `fill` bytes.
func signature(_ fill: UInt8) -> Signature { Signature(checked: bytes64(fill)) }

/// A capability secret of 64 `fill` bytes.
func capSecret(_ fill: UInt8) -> CapSecret { CapSecret(checked: bytes64(fill)) }

/// Encodes `value`, decodes the bytes back, and checks both the value and that re-encoding gives the same bytes.
func expectRoundTrip<T: MsgPackCodable & Equatable>(
  _ value: T, sourceLocation: SourceLocation = #_sourceLocation
) {
  let bytes = value.msgpackBytes()
  do {
    let decoded = try T(msgpack: bytes)
    #expect(decoded == value, sourceLocation: sourceLocation)
    #expect(decoded.msgpackBytes() == bytes, sourceLocation: sourceLocation)
  } catch {
    Issue.record("decoding \(T.self) failed: \(error) (bytes \(hexString(bytes)))", sourceLocation: sourceLocation)
  }
}

/// Builds msgpack bytes by hand (for inputs a Rust or JS peer would send).
func msgpack(_ build: (inout MsgPackWriter) -> Void) -> [UInt8] {
  var writer = MsgPackWriter()
  build(&writer)
  return writer.bytes
}

/// A small app manifest value.
let testManifest = MsgPackValue.map([
  MsgPackMapEntry(key: .string("manifest_version"), value: .string("0")),
  MsgPackMapEntry(key: .string("name"), value: .string("chat")),
])

/// An app with one provisioned cell, disabled by the user.
let testAppInfo = AppInfo(
  installedAppId: "chat",
  cellInfo: [
    RoleCells(
      roleName: "main",
      cells: [
        .provisioned(
          ProvisionedCell(
            cellId: testCell, dnaModifiers: DnaModifiers(networkSeed: "s", properties: .unit), name: "d"))
      ])
  ],
  status: .disabled(.user),
  agentPubKey: agentKey(2),
  manifest: testManifest,
  installedAt: Timestamp(microseconds: 1_700_000_000_000_000)
)

/// A clone cell.
let testClonedCell = ClonedCell(
  cellId: CellId(dnaHash: dnaHash(3), agent: agentKey(2)), cloneId: "main.0", originalDnaHash: dnaHash(1),
  dnaModifiers: DnaModifiers(networkSeed: "clone", properties: SerializedBytes(bytes: [0x81, 0xa1, 0x61, 0x01])),
  name: "d", enabled: true)
