"""Counting a quorum stage: how many people approved, and which groups still
lack an approval when every group must approve.

A person in several of the stage's groups counts once, for whichever group
makes the stage complete: the groups are matched to distinct approvers by a
maximum bipartite matching, so the outcome never depends on who voted first.
"""

from dataclasses import dataclass


def groups_matched(*, approvers: dict[int, frozenset[int]], group_ids: list[int]) -> dict[int, int]:
    """group id -> user id, as many groups covered by distinct approvers as possible."""
    wanted = set(group_ids)
    match: dict[int, int] = {}

    def assign(user_id: int, seen: set[int]) -> bool:
        # Kuhn's augmenting paths; stages have a handful of groups and voters.
        for group_id in sorted(approvers[user_id] & wanted):
            if group_id in seen:
                continue
            seen.add(group_id)
            if group_id not in match or assign(match[group_id], seen):
                match[group_id] = user_id
                return True
        return False

    for user_id in sorted(approvers):
        assign(user_id, set())
    return match


@dataclass(frozen=True)
class QuorumProgress:
    approvals: int
    needed: int
    #: Groups without an approval yet (only where every group must approve), by name.
    missing: tuple[str, ...]
    #: group id -> the approver counted for it.
    matched: dict[int, int]

    @property
    def complete(self) -> bool:
        return self.approvals >= self.needed and not self.missing


def quorum_progress(
    *, approvers: dict[int, frozenset[int]], groups: dict[int, str], every_group: bool, needed: int
) -> QuorumProgress:
    """``approvers``: user id -> the stage's groups they belonged to when voting;
    ``groups``: id -> name of the stage's groups."""
    matched = groups_matched(approvers=approvers, group_ids=list(groups)) if every_group else {}
    missing = tuple(sorted(name for pk, name in groups.items() if pk not in matched)) if every_group else ()
    return QuorumProgress(approvals=len(approvers), needed=needed, missing=missing, matched=matched)


def vote_helps(
    *,
    approvers: dict[int, frozenset[int]],
    voter: tuple[int, frozenset[int]],
    groups: dict[int, str],
    every_group: bool,
    needed: int,
) -> bool:
    """Whether one more approval moves the stage on: it covers a missing
    group, or fills a place no missing group is waiting for."""
    before = quorum_progress(approvers=approvers, groups=groups, every_group=every_group, needed=needed)
    if before.complete:
        return False
    after = quorum_progress(
        approvers={**approvers, voter[0]: voter[1]}, groups=groups, every_group=every_group, needed=needed
    )
    if len(after.missing) < len(before.missing):
        return True
    unmatched = before.approvals - len(before.matched)
    return unmatched < needed - len(groups) if every_group else True
