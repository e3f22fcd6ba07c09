package dev.brigade.it;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.zip.CRC32C;

/** Big test files, made fast and told apart by checksum. */
final class Data {
    private Data() {
    }

    /** Writes {@code size} pseudo-random bytes from {@code seed}; returns the file's CRC32C. */
    static long randomFile(Path file, long size, long seed) throws IOException {
        Files.createDirectories(file.getParent());
        SplittableRandom random = new SplittableRandom(seed);
        byte[] block = new byte[1 << 20];
        CRC32C crc = new CRC32C();
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long left = size; left > 0; ) {
                for (int i = 0; i < block.length; i += 8) {
                    long v = random.nextLong();
                    for (int j = 0; j < 8; j++) {
                        block[i + j] = (byte) (v >>> (j * 8));
                    }
                }
                int n = (int) Math.min(block.length, left);
                out.write(block, 0, n);
                crc.update(block, 0, n);
                left -= n;
            }
        }
        return crc.getValue();
    }

    static long crc(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        byte[] block = new byte[1 << 20];
        try (var in = Files.newInputStream(file)) {
            for (int n; (n = in.read(block)) > 0; ) {
                crc.update(block, 0, n);
            }
        }
        return crc.getValue();
    }
}
