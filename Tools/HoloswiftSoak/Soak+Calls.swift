import HoloCore

extension Soak {
  /// The first answered call of a new incarnation: an authenticated session and a `create_post` (recorded as
  /// an acknowledged write), retried until the restart limit.
  func firstCall(_ incarnation: Incarnation, access: ForumAccess) async throws -> Running {
    let deadline = incarnation.spawnedAt + settings.restartLimit
    var lastError = "none"
    while ContinuousClock.now < deadline {
      do {
        let session = try await ForumSession.open(incarnation.ports, access: access, logger: logger)
        let post = ForumPost(
          title: "soak \(settings.seed) first call of incarnation \(incarnation.number)",
          content: "the soak's own call after a restart")
        ledger.attempted()
        do throws(ZomeCallFailure) {
          let hash = try await session.createPost(post)
          let answeredAt = ContinuousClock.now
          ledger.acknowledged(AcknowledgedWrite(hash: hash, post: post, incarnation: incarnation.number, writer: -1))
          return Running(incarnation: incarnation, session: session, answeredAt: answeredAt)
        } catch {
          if case .refused(let refusal) = error { ledger.refused(refusal.soakKind) } else { ledger.unanswered() }
          lastError = "\(error)"
          await session.close()
        }
      } catch {
        lastError = "\(error)"
      }
      try? await Task.sleep(for: .milliseconds(200))  // Never cancelled: the soak task is not cancelled.
    }
    throw Incarnation.StartFailure(
      description: "incarnation \(incarnation.number) answered no call within \(settings.restartLimit.soakText) "
        + "of its spawn; last error: \(lastError)")
  }

  /// Starts incarnation `number` and makes its first call; kills it if that call is never answered.
  func restart(_ number: Int, sandbox: SoakSandbox, access: ForumAccess) async throws -> Running {
    let incarnation = try await Incarnation.start(number, sandbox: sandbox, limit: settings.restartLimit)
    do {
      return try await firstCall(incarnation, access: access)
    } catch {
      await incarnation.process.kill()
      throw error
    }
  }

  /// The writes that `get_post` does not return as written.
  func missing(_ writes: [AcknowledgedWrite], through session: ForumSession) async -> [String] {
    var problems: [String] = []
    for write in writes {
      do throws(ZomeCallFailure) {
        guard let record = try await session.getPost(write.hash) else {
          problems.append("\(write.hash) (\(write.post.title)) not found by get_post")
          continue
        }
        guard record.actionHash == write.hash, case .app(let bytes)? = record.entry.entry,
          ForumPost(entryBytes: bytes) == write.post
        else {
          problems.append("get_post(\(write.hash)) returned another record or post")
          continue
        }
      } catch {
        problems.append("get_post(\(write.hash)) failed: \(error)")
      }
    }
    return problems
  }

  /// After the last restart: `list_posts` must list every acknowledged write (retried for up to 60 s, in case
  /// links are still being integrated); the ones it misses are looked up with `get_post`. Returns how many
  /// were listed, and how many posts were listed that no answer acknowledged (calls cut off by a kill after
  /// their commit).
  func readBack(_ writes: [AcknowledgedWrite], through session: ForumSession) async -> (found: Int, unacknowledged: Int)
  {
    let deadline = ContinuousClock.now + .seconds(60)
    var listed: Set<ActionHash> = []
    var lastError: String?
    repeat {
      do throws(ZomeCallFailure) {
        listed = Set(try await session.listPosts())
        lastError = nil
      } catch {
        lastError = "\(error)"
      }
      if writes.allSatisfy({ listed.contains($0.hash) }) { break }
      try? await Task.sleep(for: .milliseconds(500))  // Never cancelled: the soak task is not cancelled.
    } while ContinuousClock.now < deadline
    let unlisted = writes.filter { !listed.contains($0.hash) }
    var problems = lastError.map { ["list_posts failed: \($0)"] } ?? []
    if !unlisted.isEmpty {
      let unreadable = await missing(unlisted, through: session)
      problems.append(
        "\(unlisted.count) acknowledged writes not listed by list_posts (\(unreadable.count) of them not found by get_post either)"
      )
      problems += unlisted.prefix(5).map { "not listed: \($0.hash) (\($0.post.title), incarnation \($0.incarnation))" }
      problems += unreadable
    }
    tally.record("every acknowledged write read back through the conductor after the last restart", problems: problems)
    return (writes.count - unlisted.count, listed.subtracting(writes.map(\.hash)).count)
  }
}
