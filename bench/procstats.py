"""CPU time and memory of process trees and of the whole machine, read straight from /proc.

Cheap enough to read around every benchmark cell: a few small files per process, no psutil.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

_TICK = os.sysconf("SC_CLK_TCK")


def _stat_fields(pid: int) -> list[str] | None:
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            raw = handle.read()
    except OSError:
        return None
    # The command name sits in parentheses and may hold spaces or parentheses itself.
    head, _, rest = raw.rpartition(b")")
    return [head.split(b"(", 1)[1].decode(errors="replace"), *rest.decode().split()]


def process_table() -> dict[int, tuple[int, float]]:
    """Every live process: pid -> (parent pid, user + system CPU seconds so far). One scan of /proc."""
    table = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            fields = _stat_fields(int(entry))
            if fields is not None:
                # fields[2]: ppid; fields[12], fields[13]: utime, stime (fields 4, 14 and 15 of stat)
                table[int(entry)] = (int(fields[2]), (int(fields[12]) + int(fields[13])) / _TICK)
    return table


def tree_pids(root: int, table: dict[int, tuple[int, float]] | None = None) -> list[int]:
    """`root` and all its descendants still alive."""
    table = process_table() if table is None else table
    children: dict[int, list[int]] = {}
    for pid, (ppid, _) in table.items():
        children.setdefault(ppid, []).append(pid)
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        if pid in table:
            found.append(pid)
            todo.extend(children.get(pid, ()))
    return found


def trees_cpu_seconds(groups: dict[str, list[int]]) -> dict[str, float]:
    """CPU seconds so far of each named group of process trees, from one scan of /proc."""
    table = process_table()
    return {name: sum(table[pid][1] for root in roots for pid in tree_pids(root, table))
            for name, roots in groups.items()}


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of one process so far; 0 once it is gone."""
    fields = _stat_fields(pid)
    if fields is None:
        return 0.0
    return (int(fields[12]) + int(fields[13])) / _TICK  # utime, stime (fields 14 and 15 of stat)


def memory_kib(pid: int) -> tuple[int, int]:
    """(VmRSS, VmHWM) of one process in KiB: resident now and its peak resident so far."""
    rss = hwm = 0
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    rss = int(line.split()[1])
                elif line.startswith("VmHWM:"):
                    hwm = int(line.split()[1])
    except OSError:
        pass
    return rss, hwm


def command(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            parts = handle.read().split(b"\0")
    except OSError:
        return "?"
    text = " ".join(p.decode(errors="replace") for p in parts if p)
    return text if len(text) <= 120 else text[:117] + "..."


@dataclass
class TreeUsage:
    """One look at a process tree: CPU seconds so far, memory now and at its peak, per process."""

    cpu_s: float
    rss_kib: int
    hwm_kib: int
    processes: list[dict]


def tree_usage(roots: list[int]) -> TreeUsage:
    cpu, rss_sum, hwm_sum, procs = 0.0, 0, 0, []
    seen: set[int] = set()
    for root in roots:
        for pid in tree_pids(root):
            if pid in seen:
                continue
            seen.add(pid)
            rss, hwm = memory_kib(pid)
            cpu += cpu_seconds(pid)
            rss_sum += rss
            hwm_sum += hwm
            procs.append({"pid": pid, "cmd": command(pid), "rss_mib": round(rss / 1024, 1),
                          "peak_rss_mib": round(hwm / 1024, 1)})
    return TreeUsage(cpu, rss_sum, hwm_sum, procs)


def machine_cpu() -> tuple[float, float]:
    """(busy, total) CPU seconds of the whole machine since boot, summed over all cores."""
    with open("/proc/stat") as handle:
        values = [int(v) for v in handle.readline().split()[1:]]
    # user nice system idle iowait irq softirq steal guest guest_nice; guests are inside user/nice.
    total = sum(values[:8])
    idle = values[3] + values[4]
    return (total - idle) / _TICK, total / _TICK


def loadavg() -> tuple[float, float, float]:
    with open("/proc/loadavg") as handle:
        one, five, fifteen = handle.read().split()[:3]
    return float(one), float(five), float(fifteen)


def machine_info() -> dict:
    model = "?"
    try:
        with open("/proc/cpuinfo") as handle:
            for line in handle:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    with open("/proc/meminfo") as handle:
        mem_kib = int(handle.readline().split()[1])
    return {"cpus": os.cpu_count(), "cpu_model": model, "memory_gib": round(mem_kib / 1024 / 1024, 1),
            "kernel": os.uname().release}
