package dev.brigade.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ByteCopyTest {
    @TempDir
    Path dir;

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    @Test
    void copyReadsUntilTheSourceEndsAndTreatsTheEndAsNormal() throws IOException {
        byte[] data = random(100_000);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        long n = ByteCopy.copy(Channels.newChannel(new ByteArrayInputStream(data)), Channels.newChannel(sink),
                ChunkListener.NONE);
        assertEquals(data.length, n);
        assertArrayEquals(data, sink.toByteArray());
    }

    @Test
    void copyOfAnEmptySourceCopiesNothing() throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        assertEquals(0, ByteCopy.copy(Channels.newChannel(new ByteArrayInputStream(new byte[0])),
                Channels.newChannel(sink), ChunkListener.NONE));
        assertEquals(0, sink.size());
    }

    @Test
    void oneCallersBufferServesManyCopiesAndBoundsEachChunk() throws IOException {
        ByteBuffer buffer = Buffers.allocate(4096);
        for (int size : new int[] {0, 1, 4095, 4096, 4097, 50_000}) {
            byte[] data = random(size);
            ByteArrayOutputStream sink = new ByteArrayOutputStream();
            List<Long> chunks = new ArrayList<>();
            long n = ByteCopy.copy(Channels.newChannel(new ByteArrayInputStream(data)), Channels.newChannel(sink),
                    buffer, chunks::add);
            assertEquals(size, n);
            assertArrayEquals(data, sink.toByteArray());
            assertTrue(chunks.stream().allMatch(c -> c > 0 && c <= 4096), "chunks bounded by the buffer: " + chunks);
            assertEquals(size, chunks.stream().mapToLong(Long::longValue).sum());
        }
    }

    @Test
    void copyNStopsAfterExactlyNBytes() throws IOException {
        byte[] data = random(10_000);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        ReadableByteChannel source = Channels.newChannel(new ByteArrayInputStream(data));
        assertEquals(3000, ByteCopy.copyN(source, Channels.newChannel(sink), 3000, Buffers.allocate(4096), ChunkListener.NONE));
        assertEquals(3000, sink.size());
        ByteBuffer rest = ByteBuffer.allocate(10_000);
        assertEquals(7000, source.read(rest), "the source is left right after the n bytes");
    }

    @Test
    void copyNReportsAShortSourceWithTheCountReached() {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        EOFException e = assertThrows(EOFException.class, () -> ByteCopy.copyN(
                Channels.newChannel(new ByteArrayInputStream(random(1234))), Channels.newChannel(sink), 5000,
                Buffers.allocate(4096), ChunkListener.NONE));
        assertTrue(e.getMessage().contains("1234 of 5000"), e.getMessage());
        assertEquals(1234, sink.size());
    }

    @Test
    void copyNBetweenFilesUsesTheKernelAndStillReportsAShortSource() throws IOException {
        Path source = Files.write(dir.resolve("s"), random(1000));
        try (FileChannel in = FileChannel.open(source);
             FileChannel out = FileChannel.open(dir.resolve("t"), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            assertThrows(EOFException.class, () -> ByteCopy.copyN(in, out, 1001, Buffers.allocate(4096), ChunkListener.NONE));
        }
        assertEquals(1000, Files.size(dir.resolve("t")));
    }

    @Test
    void fileToFileCopyGoesThroughTheKernelInBoundedChunks() throws IOException {
        int size = (int) (ByteCopy.TRANSFER_CHUNK * 2 + 12345);
        byte[] data = random(size);
        Path source = Files.write(dir.resolve("source"), data);
        Path target = dir.resolve("target");
        List<Long> chunks = new ArrayList<>();
        ByteBuffer unused = ByteBuffer.allocate(0);
        try (FileChannel in = FileChannel.open(source);
             FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            assertEquals(size, ByteCopy.copy(in, out, unused, chunks::add));
        }
        assertArrayEquals(data, Files.readAllBytes(target));
        assertTrue(chunks.size() >= 3, "several chunks: " + chunks);
        assertTrue(chunks.stream().allMatch(c -> c <= ByteCopy.TRANSFER_CHUNK), "chunks bounded: " + chunks);
    }

    @Test
    void aFileThatReportsSizeZeroIsStillCopiedToItsEnd() throws IOException {
        Path proc = Path.of("/proc/self/status");
        assumeTrue(Files.isReadable(proc), "needs Linux /proc");
        Path target = dir.resolve("status");
        try (FileChannel in = FileChannel.open(proc);
             FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            assertEquals(0, in.size(), "the kernel reports size 0");
            long n = ByteCopy.copy(in, out, Buffers.allocate(4096), ChunkListener.NONE);
            assertTrue(n > 0, "content was copied");
            assertEquals(n, Files.size(target));
        }
        assertTrue(Files.readString(target).contains("Name:"));
    }

    @Test
    void anInterruptedThreadCopiesNothing() throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        Thread.currentThread().interrupt();
        try {
            assertThrows(CopyCancelledException.class, () -> ByteCopy.copy(
                    Channels.newChannel(new ByteArrayInputStream(random(10))), Channels.newChannel(sink), ChunkListener.NONE));
        } finally {
            Thread.interrupted();
        }
        assertEquals(0, sink.size());
    }

    @Test
    void anInterruptBetweenChunksEndsTheCopyWithTheCountSoFar() {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try {
            CopyCancelledException e = assertThrows(CopyCancelledException.class, () -> ByteCopy.copy(
                    Channels.newChannel(new ByteArrayInputStream(random(100_000))), Channels.newChannel(sink),
                    Buffers.allocate(4096), bytes -> Thread.currentThread().interrupt()));
            assertEquals(4096, e.bytesCopied());
            assertEquals(4096, sink.size(), "stopped after the first chunk");
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void anInterruptDuringAKernelCopyIsACancellationToo() throws IOException {
        Path source = Files.write(dir.resolve("source"), random((int) ByteCopy.TRANSFER_CHUNK * 3));
        try (FileChannel in = FileChannel.open(source);
             FileChannel out = FileChannel.open(dir.resolve("target"), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            CopyCancelledException e = assertThrows(CopyCancelledException.class,
                    () -> ByteCopy.copy(in, out, Buffers.allocate(4096), bytes -> Thread.currentThread().interrupt()));
            assertEquals(ByteCopy.TRANSFER_CHUNK, e.bytesCopied());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void buffersArePageAlignedAndExactlyAsLargeAsAsked() {
        for (int size : new int[] {4096, 5000, 65536, 256 * 1024 + 1}) {
            ByteBuffer buffer = Buffers.allocate(size);
            assertEquals(size, buffer.capacity());
            assertTrue(buffer.isDirect());
            assertEquals(0, buffer.alignmentOffset(0, 4096), "page aligned");
        }
    }
}
