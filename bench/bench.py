#!/usr/bin/env python3
"""Brigade's copy benchmark: brigade against cp, cp --reflink=never and rsync, in one run.

Each workload is built once, then every copier copies it --runs times, round-robin, so drift on a
noisy machine hits them all alike. Every copy goes into a fresh folder (creating files right after
deleting many is slow on these machines), dirty pages are synced and the source is re-read before
each warm run, big copies are deleted right after their run (so their pages are dropped, not written
back during the next run) and small-file trees only after the workload. The table gives the median and best time, MiB/s, the speed ratio
to plain `cp -r` measured in the same run (of medians, and of best times), the peak RSS of the copier's process, and for brigade the
median time its job reported itself (start-up of the JVM excluded).

Usage: bench/bench.py [--quick] [--runs N] [--dir DIR] [--only WORKLOAD,...] [--launcher PATH]
Workloads: big, small, medium, buffers, chunks.
"""
import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

MIB = 1024 * 1024
ROOT = Path(__file__).resolve().parent.parent


def sh(cmd, env=None):
    """Runs cmd (a list), returns (seconds, peak RSS in MiB, seconds brigade reported or None)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        err = proc.stderr.read().decode(errors="replace")
        sys.exit(f"benchmark command failed ({code}): {' '.join(map(str, cmd))}\n{err}")
    proc.stdout.close()
    proc.stderr.close()
    engine = None
    for line in out.decode(errors="replace").splitlines():
        if line.startswith('{"event":"done"'):
            engine = json.loads(line)["seconds"]
    return elapsed, usage.ru_maxrss / 1024, engine


def warm(path):
    """Reads a tree so it sits in the page cache (cached sources go cold after about a minute idle)."""
    subprocess.run(f"find '{path}' -type f -print0 | xargs -0 cat > /dev/null", shell=True, check=True)


def drop_caches():
    try:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def make_big(path, size):
    path.mkdir(parents=True, exist_ok=True)
    f = path / "big.bin"
    if not f.exists() or f.stat().st_size != size:
        with open(f, "wb") as out:
            chunk = os.urandom(MIB)
            for _ in range(size // MIB):
                out.write(chunk)
    return path


def make_many(path, count, size, folders):
    marker = path / f".made-{count}-{size}"
    if marker.exists():
        return path
    shutil.rmtree(path, ignore_errors=True)
    data = os.urandom(size)
    for i in range(count):
        d = path / f"dir{i % folders:03d}"
        d.mkdir(parents=True, exist_ok=True)
        (d / f"file{i:06d}.bin").write_bytes(data)
    marker.write_text("")
    return path


class Bench:
    def __init__(self, args):
        self.args = args
        self.launcher = str(Path(args.launcher).resolve())
        self.work = Path(args.dir)
        self.out = self.work / "out"
        self.rows = []
        self.serial = 0

    def fresh(self):
        self.serial += 1
        target = self.out / f"t{self.serial:05d}"
        target.mkdir(parents=True)
        return target

    def copiers(self, names):
        b = self.launcher
        table = {
            "cp": lambda s, t: ["cp", "-r", s, str(t)],
            "cp --reflink=never": lambda s, t: ["cp", "-r", "--reflink=never", s, str(t)],
            "cp + sync": lambda s, t: ["sh", "-c", f"cp -r '{s}' '{t}' && sync"],
            "rsync -a": lambda s, t: ["rsync", "-a", s, str(t) + "/"],
            "brigade --no-fsync": lambda s, t: [b, "copy", "--quiet", "--json", "--no-fsync", s, str(t)],
            "brigade (fsync)": lambda s, t: [b, "copy", "--quiet", "--json", s, str(t)],
        }
        return [(n, table[n]) for n in names]

    def measure(self, workload, source, total_bytes, variants, cold=False, env_for=None):
        times = {name: [] for name, _ in variants}
        rss = {name: [] for name, _ in variants}
        engine = {name: [] for name, _ in variants}
        order = list(variants)
        shuffle = random.Random(len(self.rows))
        for _ in range(self.args.runs):
            # A new order each round: on these VMs a run is often slow just because the one before it
            # freed much memory, so a fixed order would always hand the same copier the slow turn.
            shuffle.shuffle(order)
            for name, command in order:
                if cold:
                    if not drop_caches():
                        print("  (cannot drop caches here; skipping cold run)")
                        return
                else:
                    # Each copier starts with no dirty pages left by the one before it.
                    subprocess.run(["sync"], check=True)
                    warm(source)
                target = self.fresh()
                env = dict(os.environ, **(env_for(name) if env_for else {}))
                seconds, peak, inside = sh(command(str(source), target), env)
                times[name].append(seconds)
                rss[name].append(peak)
                if inside is not None:
                    engine[name].append(inside)
                if total_bytes >= 256 * MIB:
                    shutil.rmtree(target)
        base = statistics.median(times["cp"]) if "cp" in times else None
        base_best = min(times["cp"]) if "cp" in times else None
        for name, _ in variants:
            median = statistics.median(times[name])
            best = min(times[name])
            ratio = base / median if base else float("nan")
            ratio_best = base_best / best if base_best else float("nan")
            inside = statistics.median(engine[name]) if engine[name] else None
            self.rows.append((workload, name, median, best, total_bytes / MIB / median, ratio, ratio_best,
                              max(rss[name]), inside))
            self.print_row(self.rows[-1])
        shutil.rmtree(self.out, ignore_errors=True)

    @staticmethod
    def print_row(row):
        workload, name, median, best, mibs, ratio, ratio_best, peak, inside = row
        job = f"{inside:8.3f}" if inside is not None else " " * 8
        print(f"| {workload:<28} | {name:<30} | {median:8.3f} | {best:8.3f} | {mibs:9.1f} | {ratio:5.2f} | "
              f"{ratio_best:5.2f} | {peak:7.1f} | {job} |", flush=True)

    def header(self):
        print(f"| {'workload':<28} | {'copier':<30} | {'median s':>8} | {'best s':>8} | {'MiB/s':>9} | {'x cp':>5} | "
              f"{'best':>5} | {'RSS MiB':>7} | {'job s':>8} |")
        print(f"|{'-' * 30}|{'-' * 32}|{'-' * 10}|{'-' * 10}|{'-' * 11}|{'-' * 7}|{'-' * 7}|{'-' * 9}|{'-' * 10}|",
              flush=True)

    def run(self):
        q = self.args.quick
        only = set(self.args.only.split(",")) if self.args.only else None
        data = self.work / "data"
        big_size = (512 if q else 2048) * MIB
        small_count = 5000 if q else 20000
        medium_count = 100 if q else 500
        standard = ["cp", "cp --reflink=never", "rsync -a", "brigade --no-fsync", "brigade (fsync)", "cp + sync"]
        self.header()
        if not only or "big" in only:
            src = make_big(data / "big", big_size)
            self.measure(f"1 file {big_size // MIB} MiB, warm", src, big_size, self.copiers(standard))
            if not q:
                self.measure(f"1 file {big_size // MIB} MiB, cold", src, big_size,
                             self.copiers(["cp", "brigade --no-fsync"]), cold=True)
        if not only or "small" in only:
            src = make_many(data / "small", small_count, 4096, 100)
            self.measure(f"{small_count} x 4 KiB, 100 dirs", src, small_count * 4096, self.copiers(standard))
        if not only or "medium" in only:
            src = make_many(data / "medium", medium_count, 4 * MIB, 10)
            self.measure(f"{medium_count} x 4 MiB", src, medium_count * 4 * MIB, self.copiers(standard))
        if not only or "buffers" in only:
            # The buffer serves the user-space loop, which --verify always takes.
            src = make_big(data / "big", big_size)
            b = self.launcher
            variants = [("cp", lambda s, t: ["cp", "-r", s, str(t)])]
            for size in ["64K", "128K", "256K", "1M", "4M", "16M"]:
                variants.append((f"brigade --verify --buffer {size}",
                                 lambda s, t, size=size: [b, "copy", "--quiet", "--json", "--no-fsync", "--verify",
                                                          "--buffer", size, s, str(t)]))
            self.measure(f"buffers: 1 file {big_size // MIB} MiB", src, big_size, variants)
        if not only or "chunks" in only:
            src = make_big(data / "big", big_size)
            b = self.launcher
            variants = [("cp", lambda s, t: ["cp", "-r", s, str(t)])]
            chunks = {"chunk 1M": 1 * MIB, "chunk 8M": 8 * MIB, "chunk 64M": 64 * MIB}
            for name in chunks:
                variants.append((f"brigade --no-fsync {name}",
                                 lambda s, t: [b, "copy", "--quiet", "--json", "--no-fsync", s, str(t)]))
            self.measure(f"kernel chunk: {big_size // MIB} MiB", src, big_size, variants,
                         env_for=lambda name: {"BRIGADE_JAVA_OPTIONS": f"-Dbrigade.transferChunk={chunks[name.split(' ', 2)[2]]}"}
                         if "chunk" in name else {})


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="smaller workloads and 3 runs: under 2 minutes")
    parser.add_argument("--runs", type=int, help="runs per copier (default 5, 3 with --quick)")
    parser.add_argument("--dir", default="/tmp/brigade-bench", help="where test data and copies go")
    parser.add_argument("--only", help="comma-separated workloads: big,small,medium,buffers,chunks")
    parser.add_argument("--launcher", default=str(ROOT / "target/image/bin/brigade"))
    args = parser.parse_args()
    args.runs = args.runs or (3 if args.quick else 5)
    if not Path(args.launcher).exists():
        sys.exit(f"no launcher at {args.launcher}: build it with 'mvn -q package -DskipTests'")
    for tool in ["cp", "rsync"]:
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is not installed (apt-get install {tool})")
    print(f"# {os.cpu_count()} cores, {os.uname().sysname} {os.uname().release}, "
          f"{args.runs} runs per copier, data in {args.dir}")
    Bench(args).run()


if __name__ == "__main__":
    main()
