package vn.onestop.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Readings of Linux's /proc: a process's CPU time and resident memory, the machine's cores, memory
 * and busy time. A PostgreSQL server is many processes (the postmaster forks a backend per
 * connection): {@link #treeCpuMillis} counts the postmaster, its live children and, through the
 * postmaster's {@code cutime}/{@code cstime}, the children that already ended.
 */
final class ProcStat {

    private static final Path PROC = Path.of("/proc");
    private static final long TICKS_PER_SECOND = ticksPerSecond();

    private ProcStat() {
    }

    /** User + system CPU of the process itself, in ms; empty when it is gone. */
    static Optional<Long> cpuMillis(long pid) {
        return fields(pid).map(f -> ticksToMillis(Long.parseLong(f[11]) + Long.parseLong(f[12])));
    }

    /**
     * CPU of the process, of its children that ended and were waited for, and of its live children
     * (one level: a PostgreSQL backend forks nothing), in ms.
     */
    static Optional<Long> treeCpuMillis(long pid) {
        Optional<String[]> own = fields(pid);
        if (own.isEmpty()) {
            return Optional.empty();
        }
        String[] f = own.get();
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
        for (long child : children(pid)) {
            ticks += fields(child).map(c -> Long.parseLong(c[11]) + Long.parseLong(c[12])).orElse(0L);
        }
        return Optional.of(ticksToMillis(ticks));
    }

    /**
     * CPU ms of each live thread of the process, by thread id, with the thread's name as the kernel
     * knows it ({@code comm}: a Java thread's name cut to 15 characters); empty when the process is gone.
     */
    static Map<Long, ThreadCpu> threadCpuMillis(long pid) {
        Map<Long, ThreadCpu> threads = new HashMap<>();
        try (var tasks = Files.newDirectoryStream(PROC.resolve(Long.toString(pid)).resolve("task"))) {
            for (Path task : tasks) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    threads.put(Long.parseLong(task.getFileName().toString()), parseThreadStat(stat));
                } catch (IOException | RuntimeException e) {
                    // the thread ended while we read: it is counted in neither reading
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process is gone
        }
        return threads;
    }

    /** One thread's name and CPU ms from its {@code /proc/PID/task/TID/stat} line. */
    static ThreadCpu parseThreadStat(String stat) {
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        return new ThreadCpu(name, ticksToMillis(Long.parseLong(f[11]) + Long.parseLong(f[12])));
    }

    /** A thread's name ({@code comm}) and CPU ms so far. */
    record ThreadCpu(String name, long cpuMs) {
    }

    /** Resident memory of the process (VmRSS), in KiB; empty when it is gone. */
    static Optional<Long> rssKib(long pid) {
        try {
            for (String line : Files.readAllLines(PROC.resolve(Long.toString(pid)).resolve("status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Optional.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Proportional memory (Pss, shared pages divided among their users) of the process and its live
     * children, in KiB: summing VmRSS over PostgreSQL's processes would count shared buffers once
     * per backend.
     */
    static Optional<Long> treePssKib(long pid) {
        Optional<Long> own = pssKib(pid);
        if (own.isEmpty()) {
            return Optional.empty();
        }
        long sum = own.get();
        for (long child : children(pid)) {
            sum += pssKib(child).orElse(0L);
        }
        return Optional.of(sum);
    }

    private static Optional<Long> pssKib(long pid) {
        try {
            for (String line : Files.readAllLines(PROC.resolve(Long.toString(pid)).resolve("smaps_rollup"))) {
                if (line.startsWith("Pss:")) {
                    return Optional.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return rssKib(pid);
        }
    }

    /** The live child processes of {@code pid}. */
    static List<Long> children(long pid) {
        List<Long> children = new ArrayList<>();
        try (var tasks = Files.newDirectoryStream(PROC.resolve(Long.toString(pid)).resolve("task"))) {
            for (Path task : tasks) {
                Path file = task.resolve("children");
                if (Files.isReadable(file)) {
                    for (String child : Files.readString(file).trim().split("\\s+")) {
                        if (!child.isEmpty()) {
                            children.add(Long.parseLong(child));
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone, or /proc without children files: count the process alone
        }
        return children;
    }

    /** Whether the process exists and is not a zombie. */
    static boolean alive(long pid) {
        return fields(pid).map(f -> !f[0].equals("Z") && !f[0].equals("X")).orElse(false);
    }

    /** Busy and total CPU time of the whole machine (all cores), in ms, from /proc/stat. */
    static long[] machineCpuMillis() {
        try {
            String[] f = Files.readAllLines(PROC.resolve("stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) {   // user nice system idle iowait irq softirq steal
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[]{ticksToMillis(total - idle), ticksToMillis(total)};
        } catch (IOException | RuntimeException e) {
            return new long[]{0, 0};
        }
    }

    /** MemTotal of /proc/meminfo, in KiB (0 when unknown). */
    static long memTotalKib() {
        try {
            for (String line : Files.readAllLines(PROC.resolve("meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return 0;
    }

    /** The fields of /proc/PID/stat after the command name: [0] state, [11] utime, [12] stime, [13] cutime, [14] cstime. */
    private static Optional<String[]> fields(long pid) {
        try {
            String stat = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"));
            return Optional.of(stat.substring(stat.lastIndexOf(')') + 2).split(" "));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static long ticksToMillis(long ticks) {
        return ticks * 1000 / TICKS_PER_SECOND;
    }

    /** USER_HZ from getconf; 100 on every Linux this runs on when getconf is missing. */
    private static long ticksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(getconf.getInputStream().readAllBytes()).trim();
            if (getconf.waitFor(5, TimeUnit.SECONDS) && getconf.exitValue() == 0) {
                return Long.parseLong(out);
            }
        } catch (IOException | RuntimeException e) {
            // fall through
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 100;
    }
}
