#!/usr/bin/env python3
"""Brigade's benchmark: every performance target, measured against cp (and rsync) in one run.

Each workload is built once, then every copier copies it --runs times. The order of the copiers is
shuffled every round: on small virtual machines a run is often slow just because the one before it freed much
memory, so a fixed order would always hand the same copier the slow turn. Every copy goes into a fresh
folder (creating files right after deleting many is slow there), dirty pages are synced
and the source re-read before each warm run, big copies are deleted right after their run and small
trees only after the workload. Times are medians; ratios are speed ratios to the reference measured
in the same run (above 1 means brigade is faster).

Usage: bench/bench.py [--quick] [--runs N] [--dir DIR] [--only NAME,...] [--launcher PATH]
Workloads: big, cold, small, medium, memory, plan, version, gui, limit, buffers, chunks.
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


def run(cmd, env=None, stdout=subprocess.PIPE):
    """Runs cmd; returns (seconds, peak RSS in MiB, brigade's own job seconds or None, stdout)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.PIPE, env=env)
    out = proc.stdout.read() if stdout == subprocess.PIPE else b""
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"benchmark command failed: {' '.join(map(str, cmd))}\n{err.decode(errors='replace')}")
    engine = None
    for line in out.decode(errors="replace").splitlines():
        if line.startswith('{"event":"done"'):
            engine = json.loads(line)["seconds"]
    return elapsed, usage.ru_maxrss / 1024, engine, out


def sync():
    subprocess.run(["sync"], check=True)


def warm(path):
    """Reads a tree into the page cache (cached sources go cold after about a minute idle)."""
    subprocess.run(f"find '{path}' -type f -print0 | xargs -0 cat > /dev/null", shell=True, check=True)


def drop_caches():
    try:
        sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def make_file(path, size):
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or path.stat().st_size != size:
        with open(path, "wb") as out:
            chunk = os.urandom(MIB)
            for _ in range(size // MIB):
                out.write(chunk)
    return path


def make_tree(path, count, size, folders):
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


def median(values):
    return statistics.median(values)


class Bench:
    def __init__(self, args):
        self.args = args
        self.launcher = str(Path(args.launcher).resolve())
        self.work = Path(args.dir)
        self.data = self.work / "data"
        self.out = self.work / "out"
        self.serial = 0
        self.targets = []  # (row, measured, target, ok)

    def fresh(self):
        self.serial += 1
        target = self.out / f"t{self.serial:05d}"
        target.mkdir(parents=True)
        return target

    def copier(self, name):
        b = self.launcher
        return {
            "cp": lambda s, t: ["cp", "-r", s, str(t)],
            "cp --reflink=never": lambda s, t: ["cp", "-r", "--reflink=never", s, str(t)],
            "cp + sync": lambda s, t: ["sh", "-c", f"cp -r '{s}' '{t}' && sync"],
            "rsync -a": lambda s, t: ["rsync", "-a", s, str(t) + "/"],
            "brigade --no-fsync": lambda s, t: [b, "copy", "--quiet", "--json", "--no-fsync", s, str(t)],
            "brigade (durable)": lambda s, t: [b, "copy", "--quiet", "--json", s, str(t)],
        }[name]

    def measure(self, workload, source, total_bytes, names, cold=False, variants=None, env_for=None):
        """Runs each copier --runs times; prints a row each; returns {name: (median s, best s, rss)}."""
        variants = variants or [(n, self.copier(n)) for n in names]
        times = {n: [] for n, _ in variants}
        rss = {n: [] for n, _ in variants}
        engine = {n: [] for n, _ in variants}
        order = list(variants)
        shuffle = random.Random(self.serial)
        for _ in range(self.args.runs):
            shuffle.shuffle(order)
            for name, command in order:
                if cold:
                    if not drop_caches():
                        print(f"| {workload:<30} | cannot drop caches here (not root); skipped |")
                        return {}
                else:
                    sync()
                    warm(source)
                target = self.fresh()
                env = dict(os.environ, **(env_for(name) if env_for else {}))
                seconds, peak, inside, _ = run(command(str(source), target), env)
                times[name].append(seconds)
                rss[name].append(peak)
                if inside is not None:
                    engine[name].append(inside)
                if total_bytes >= 256 * MIB:
                    shutil.rmtree(target)
        result = {}
        base = median(times[variants[0][0]])
        for name, _ in variants:
            m, best = median(times[name]), min(times[name])
            result[name] = (m, best, max(rss[name]))
            job = f"{median(engine[name]):7.3f}" if engine[name] else " " * 7
            print(f"| {workload:<30} | {name:<30} | {m:8.3f} | {best:8.3f} | {total_bytes / MIB / m:9.1f} | "
                  f"{base / m:5.2f} | {max(rss[name]):7.1f} | {job} |", flush=True)
        shutil.rmtree(self.out, ignore_errors=True)
        return result

    def target(self, row, ratio, goal, higher_is_better=True):
        ok = ratio >= goal if higher_is_better else ratio <= goal
        self.targets.append((row, ratio, goal, higher_is_better, ok))

    def header(self):
        print(f"| {'workload':<30} | {'copier':<30} | {'median s':>8} | {'best s':>8} | {'MiB/s':>9} | "
              f"{'x 1st':>5} | {'RSS MiB':>7} | {'job s':>7} |")
        print(f"|{'-' * 32}|{'-' * 32}|{'-' * 10}|{'-' * 10}|{'-' * 11}|{'-' * 7}|{'-' * 9}|{'-' * 9}|", flush=True)

    # --- workloads -------------------------------------------------------------------------------

    def big(self):
        size = (512 if self.args.quick else 2048) * MIB
        src = make_file(self.data / "big" / "big.bin", size).parent
        r = self.measure(f"1 file {size // MIB} MiB, warm", src, size,
                         ["cp", "cp --reflink=never", "rsync -a", "brigade --no-fsync", "brigade (durable)", "cp + sync"])
        self.target(f"{size // MIB} MiB file, warm: brigade vs cp", r["cp"][0] / r["brigade --no-fsync"][0], 1.3)
        self.target(f"{size // MIB} MiB file: peak RSS (MiB)", r["brigade --no-fsync"][2], 150, False)

    def cold(self):
        size = (512 if self.args.quick else 2048) * MIB
        src = make_file(self.data / "big" / "big.bin", size).parent
        r = self.measure(f"1 file {size // MIB} MiB, cold", src, size, ["cp", "brigade --no-fsync"], cold=True)
        if r:
            self.target(f"{size // MIB} MiB file, cold: brigade vs cp", r["cp"][0] / r["brigade --no-fsync"][0], 1.0)

    def small(self):
        count = 5000 if self.args.quick else 20000
        src = make_tree(self.data / "small", count, 4096, 100)
        r = self.measure(f"{count} x 4 KiB, 100 dirs", src, count * 4096,
                         ["cp", "cp --reflink=never", "rsync -a", "brigade --no-fsync", "cp + sync", "brigade (durable)"])
        self.target(f"{count} x 4 KiB, fsync off: brigade vs cp", r["cp"][0] / r["brigade --no-fsync"][0], 1.0)
        self.target(f"{count} x 4 KiB, durable: brigade vs cp + sync",
                    r["cp + sync"][0] / r["brigade (durable)"][0], 1.0)

    def medium(self):
        count = 100 if self.args.quick else 500
        src = make_tree(self.data / "medium", count, 4 * MIB, 10)
        r = self.measure(f"{count} x 4 MiB", src, count * 4 * MIB,
                         ["cp", "cp --reflink=never", "rsync -a", "brigade --no-fsync", "brigade (durable)", "cp + sync"])
        self.target(f"{count} x 4 MiB: brigade vs cp", r["cp"][0] / r["brigade --no-fsync"][0], 1.0)

    def memory(self):
        sizes = [200, 1024] if self.args.quick else [200, 2048, 8192]
        peaks = []
        for mib in sizes:
            src = make_file(self.data / f"mem-{mib}" / "file.bin", mib * MIB).parent
            r = self.measure(f"peak RSS, {mib} MiB file", src, mib * MIB, ["brigade --no-fsync"])
            peaks.append(r["brigade --no-fsync"][2])
        self.target(f"peak RSS flat from {sizes[0]} MiB to {sizes[-1]} MiB (max/min)", max(peaks) / min(peaks), 1.1, False)

    def plan(self):
        count = 20000 if self.args.quick else 200000
        src = make_tree(self.data / f"plan-{count}", count, 16, 200)
        find = lambda s, t: ["sh", "-c", f"find '{s}' -type f | wc -l"]
        # find counts files from the folder listings alone; a copier needs every size for its total,
        # which takes a stat of each file, as this find does.
        find_stat = lambda s, t: ["sh", "-c", f"find '{s}' -type f -printf '%s %T@\\n' | wc -l"]
        dry = lambda s, t: [self.launcher, "copy", "--dry-run", "--quiet", "--json", s, str(t) + "/never"]
        r = self.measure(f"planning {count} files", src, count * 16, [],
                         variants=[("find -type f | wc -l", find), ("find -printf size,time", find_stat),
                                   ("brigade --dry-run", dry)])
        self.target(f"planning {count} files: brigade vs find (time ratio)",
                    r["brigade --dry-run"][0] / r["find -type f | wc -l"][0], 2.0, False)
        print(f"  (brigade vs a find that stats every file: {r['brigade --dry-run'][0] / r['find -printf size,time'][0]:.2f}x the time)")

    def version(self):
        n = 10 if self.args.quick else 30
        times = {"java -version": [], "brigade --version": []}
        for _ in range(n):
            for name, cmd in [("java -version", ["java", "-version"]), ("brigade --version", [self.launcher, "--version"])]:
                times[name].append(run(cmd)[0])
        j, b = median(times["java -version"]), median(times["brigade --version"])
        print(f"| {'start-up, ' + str(n) + ' runs':<30} | {'java -version':<30} | {j:8.3f} | {min(times['java -version']):8.3f} |")
        print(f"| {'start-up, ' + str(n) + ' runs':<30} | {'brigade --version':<30} | {b:8.3f} | {min(times['brigade --version']):8.3f} |")
        self.target("brigade --version vs java -version (time ratio)", b / j, 1.2, False)

    def gui(self):
        count = 5000 if self.args.quick else 20000
        src = make_tree(self.data / "small", count, 4096, 100)
        self.out.mkdir(parents=True, exist_ok=True)
        cmd = ["mvn", "-q", "-B", "-f", str(ROOT / "pom.xml"), "test", "-Dtest=GuiVsCliBench",
               "-Dsurefire.failIfNoSpecifiedTests=false", f"-Dbench.source={src}", f"-Dbench.dir={self.out}",
               f"-Dbench.runs={3 if self.args.quick else 5}"]
        _, _, _, out = run(cmd)
        # Debian's Maven starts lines with colour codes even with -q
        line = next((l[l.index("GUI vs CLI"):] for l in out.decode().splitlines() if "GUI vs CLI" in l), None)
        if line is None:
            sys.exit("GuiVsCliBench printed no result")
        ratio = float(line.rsplit(" ", 1)[1])
        print(f"| {f'{count} files, in one JVM':<30} | {line:<63} |")
        self.target(f"{count} files through the window's adapter vs the CLI (time ratio)", ratio, 1.05, False)
        shutil.rmtree(self.out, ignore_errors=True)

    def limit(self):
        seconds = 5 if self.args.quick else 10
        rate = 20 * MIB
        src = make_file(self.data / "limit" / "file.bin", seconds * rate).parent
        sync()
        warm(src)
        # The limit governs the copy, so its rate is measured over the job's own time, not the JVM's start.
        elapsed, _, job, _ = run([self.launcher, "copy", "--quiet", "--json", "--no-fsync", "--limit", "20M", str(src),
                                  str(self.fresh())])
        actual = seconds * rate / job / MIB
        print(f"| {'--limit 20M for ' + str(seconds) + ' s':<30} | {'brigade (job time)':<30} | {job:8.3f} | {'':8} | {actual:9.1f} |")
        self.target(f"--limit 20M over {seconds} s: error (%)", abs(actual - 20) / 20 * 100, 10, False)
        shutil.rmtree(self.out, ignore_errors=True)

    def buffers(self):
        """The buffer serves the user-space loop, which --verify always takes."""
        size = (512 if self.args.quick else 2048) * MIB
        src = make_file(self.data / "big" / "big.bin", size).parent
        b = self.launcher
        variants = [("cp", self.copier("cp"))]
        for s in ["64K", "128K", "256K", "1M", "4M", "16M"]:
            variants.append((f"brigade --verify --buffer {s}",
                             lambda src_, t, s=s: [b, "copy", "--quiet", "--json", "--no-fsync", "--verify",
                                                   "--buffer", s, src_, str(t)]))
        self.measure(f"buffers: 1 file {size // MIB} MiB", src, size, [], variants=variants)

    def chunks(self):
        size = (512 if self.args.quick else 2048) * MIB
        src = make_file(self.data / "big" / "big.bin", size).parent
        b = self.launcher
        sizes = {"1M": MIB, "8M": 8 * MIB, "64M": 64 * MIB}
        variants = [("cp", self.copier("cp"))]
        for name in sizes:
            variants.append((f"brigade kernel chunk {name}",
                             lambda s, t: [b, "copy", "--quiet", "--json", "--no-fsync", s, str(t)]))
        self.measure(f"kernel chunk: {size // MIB} MiB", src, size, [], variants=variants,
                     env_for=lambda n: {"BRIGADE_JAVA_OPTIONS": f"-Dbrigade.transferChunk={sizes[n.rsplit(' ', 1)[1]]}"}
                     if n != "cp" else {})

    def summary(self):
        print("\n| target | measured | goal | met |")
        print("|---|---|---|---|")
        for row, value, goal, higher, ok in self.targets:
            sign = ">=" if higher else "<="
            print(f"| {row} | {value:.2f} | {sign} {goal} | {'yes' if ok else 'no'} |")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="smaller workloads, 3 runs, no buffer/chunk sweeps")
    parser.add_argument("--runs", type=int, help="runs per copier (default 5, 3 with --quick)")
    parser.add_argument("--dir", default="/tmp/brigade-bench", help="where test data and copies go")
    parser.add_argument("--only", help="comma-separated workloads (default: all)")
    parser.add_argument("--launcher", default=str(ROOT / "target/image/bin/brigade"))
    args = parser.parse_args()
    args.runs = args.runs or (3 if args.quick else 5)
    if not Path(args.launcher).exists():
        sys.exit(f"no launcher at {args.launcher}: build it with 'mvn -q package -DskipTests'")
    for tool in ["cp", "rsync", "java"]:
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is not installed")
    everything = ["big", "cold", "small", "medium", "memory", "plan", "version", "gui", "limit"]
    if not args.quick:
        everything += ["buffers", "chunks"]
    chosen = args.only.split(",") if args.only else everything
    print(f"# {os.cpu_count()} cores, {os.uname().sysname} {os.uname().release}, {args.runs} runs each, data in {args.dir}")
    bench = Bench(args)
    bench.header()
    for name in chosen:
        getattr(bench, name)()
    bench.summary()


if __name__ == "__main__":
    main()
