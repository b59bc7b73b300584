// Capability grants and claims (hdk's `capability` module).

/// Commits a capability grant: who may call which of this agent's functions (hdk's `create_cap_grant`).
///
/// ```swift
/// try createCapGrant(ZomeCallCapGrant(tag: "signals", access: .unrestricted,
///                                     functions: .listed([GrantedFunction(zome: "chat", function: "recv_remote_signal")])))
/// ```
public func createCapGrant(_ grant: ZomeCallCapGrant) throws(WasmError) -> ActionHash {
  try HostFn.create(CreateInput(entryLocation: .capGrant, entryVisibility: .private, entry: .capGrant(grant)))
}

/// Commits a claim on a grant someone made to this agent, to use its secret later (hdk's `create_cap_claim`).
///
/// ```swift
/// try createCapClaim(CapClaim(tag: "alice", grantor: alice, secret: secret))
/// ```
public func createCapClaim(_ claim: CapClaim) throws(WasmError) -> ActionHash {
  try HostFn.create(CreateInput(entryLocation: .capClaim, entryVisibility: .private, entry: .capClaim(claim)))
}

/// Replaces a grant (hdk's `update_cap_grant`).
///
/// ```swift
/// try updateCapGrant(oldGrantHash, with: narrowerGrant)
/// ```
public func updateCapGrant(_ original: ActionHash, with grant: ZomeCallCapGrant) throws(WasmError) -> ActionHash {
  try HostFn.update(UpdateInput(originalActionAddress: original, entry: .capGrant(grant)))
}

/// Revokes a grant (hdk's `delete_cap_grant`).
///
/// ```swift
/// try deleteCapGrant(grantHash)
/// ```
public func deleteCapGrant(_ grant: ActionHash) throws(WasmError) -> ActionHash {
  try HostFn.delete(DeleteInput(deletesActionHash: grant))
}

/// A fresh random capability secret (hdk's `generate_cap_secret`).
///
/// ```swift
/// let secret = try generateCapSecret()
/// ```
public func generateCapSecret() throws(WasmError) -> CapSecret {
  let bytes = try randomBytes(UInt32(CapSecret.length))
  guard let secret = CapSecret(bytes) else { throw .guest("random_bytes returned \(bytes.count) bytes") }
  return secret
}
