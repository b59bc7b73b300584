import HoloCore

// Struct-variant contents the admin and app interfaces share.

/// `{dna_hash?, include_dht_summary (default false)}` of `dump_network_metrics`.
func decodeNetworkMetricsRequest(_ variant: TaggedVariant) throws(MsgPackError) -> (DnaHash?, Bool) {
  var dnaHash: DnaHash?
  var summary: Bool?
  try variant.readStructContent(fields: ["dna_hash", "include_dht_summary"]) { index, reader throws(MsgPackError) in
    if index == 0 { dnaHash = try reader.decode() } else { summary = try reader.decode() }
  }
  return (dnaHash, summary ?? false)
}

/// `{dna_hashes?}` of `agent_info`.
func decodeAgentInfoRequest(_ variant: TaggedVariant) throws(MsgPackError) -> [DnaHash]? {
  var dnaHashes: [DnaHash]?
  try variant.readStructContent(fields: ["dna_hashes"]) { _, reader throws(MsgPackError) in
    dnaHashes = try reader.decode()
  }
  return dnaHashes
}

/// `{url, dna_hashes?}` of `peer_meta_info`.
func decodePeerMetaInfoRequest(_ variant: TaggedVariant) throws(MsgPackError) -> (String, [DnaHash]?) {
  var url: String?
  var dnaHashes: [DnaHash]?
  try variant.readStructContent(fields: ["url", "dna_hashes"]) { index, reader throws(MsgPackError) in
    if index == 0 { url = try reader.decode() } else { dnaHashes = try reader.decode() }
  }
  guard let url else { throw .missingField(type: "\(variant.typeName.text)::peer_meta_info", field: "url") }
  return (url, dnaHashes)
}
