package org.cronomapa.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jcodec.api.transcode.SinkImpl;
import org.jcodec.codecs.h264.H264Encoder;
import org.jcodec.common.Codec;
import org.jcodec.common.Format;
import org.jcodec.common.VideoCodecMeta;
import org.jcodec.common.VideoEncoder;
import org.jcodec.common.io.FileChannelWrapper;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Packet;
import org.jcodec.common.model.Picture;
import org.jcodec.common.model.Size;

/**
 * An H.264 video in an MP4 file, encoded in pure Java by jcodec at a constant frame rate.
 *
 * <p>The frames are cut into runs of {@value #SEGMENT} (two seconds at 25 fps), each encoded by its
 * own jcodec {@link H264Encoder}, which starts it with a key frame, on as many threads as there are
 * cores (at most four); the packets are muxed in order by jcodec's MP4 muxer. No motion search: the
 * map does not move between frames (markers appear and fade in place), so a search only costs time.
 * Not jcodec's SequenceEncoder, which takes RGB pictures only, converts them itself and encodes on
 * one thread with a motion search: a 310-frame 1280×720 video took 28 s with it on two cores.
 *
 * <p>The caller's pixels become 4:2:0 YUV here (BT.601, studio range, which players assume when the
 * stream does not say), once per picture; a picture held for several frames is encoded that many
 * times (as P-frames that change nothing, small). Writes to the path it is given: the caller passes a
 * temporary file and moves it into place (io.AtomicFiles).
 */
public final class Mp4Video implements FrameSink {
    static final int SEGMENT = 50;
    private final int width;
    private final int height;
    private final int fps;
    private final FileChannelWrapper channel;
    private final SinkImpl muxer;
    private final VideoCodecMeta meta;
    private final ExecutorService encoders;
    private final Deque<Future<List<ByteBuffer>>> segments = new ArrayDeque<>();
    private final int ahead;
    private List<Picture> current = new ArrayList<>();
    private long frameNo;
    private boolean closed;

    public Mp4Video(Path file, int width, int height, int fps) throws IOException {
        if (width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("a video's width and height must be even: " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.fps = fps;
        this.channel = NIOUtils.writableChannel(file.toFile());
        try {
            this.muxer = SinkImpl.createWithStream(channel, Format.MOV, Codec.H264, null);
            muxer.initMuxer();
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        this.meta = VideoCodecMeta.createSimpleVideoCodecMeta(new Size(width, height), ColorSpace.YUV420J);
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        this.ahead = threads + 1;
        this.encoders = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "cronomapa-h264");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void frame(int[] argb, int repeats) throws IOException {
        if (argb.length != width * height) {
            throw new IllegalArgumentException("a frame of " + argb.length + " pixels for " + width + "x" + height);
        }
        Picture picture = Picture.create(width, height, ColorSpace.YUV420J);
        toYuv420(argb, width, height, picture.getPlaneData(0), picture.getPlaneData(1), picture.getPlaneData(2));
        for (int k = 0; k < repeats; k++) {
            current.add(picture);
            if (current.size() == SEGMENT) {
                submit();
            }
        }
    }

    private void submit() throws IOException {
        List<Picture> pictures = current;
        current = new ArrayList<>();
        segments.add(encoders.submit(() -> encode(pictures)));
        while (segments.size() > ahead) {
            mux(segments.removeFirst());
        }
    }

    /** One run of frames, from a key frame, by an encoder of its own. */
    private static List<ByteBuffer> encode(List<Picture> pictures) {
        H264Encoder encoder = H264Encoder.createH264Encoder();
        encoder.setKeyInterval(SEGMENT);
        encoder.setMotionSearchRange(0);
        ByteBuffer buffer = ByteBuffer.allocate(encoder.estimateBufferSize(pictures.get(0)));
        List<ByteBuffer> packets = new ArrayList<>(pictures.size());
        for (Picture p : pictures) {
            buffer.clear();
            VideoEncoder.EncodedFrame encoded = encoder.encodeFrame(p, buffer);
            packets.add(NIOUtils.clone(encoded.getData()));
        }
        return packets;
    }

    private void mux(Future<List<ByteBuffer>> segment) throws IOException {
        List<ByteBuffer> packets;
        try {
            packets = segment.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while encoding the video", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IOException("the H.264 encoder failed: " + e.getCause(), e.getCause());
        }
        for (int i = 0; i < packets.size(); i++) {
            // Time base = fps: frame n at n, lasting 1 (as jcodec's SequenceEncoder stamps them).
            Packet packet = Packet.createPacket(packets.get(i), frameNo, fps, 1, frameNo,
                    i == 0 ? Packet.FrameType.KEY : Packet.FrameType.INTER, null);
            muxer.outputVideoPacket(packet, meta);
            frameNo++;
        }
    }

    @Override
    public void finish() throws IOException {
        if (!current.isEmpty()) {
            submit();
        }
        while (!segments.isEmpty()) {
            mux(segments.removeFirst());
        }
        muxer.finish();
        close();
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            encoders.shutdownNow();
            channel.close();
        }
    }

    /**
     * ARGB (alpha ignored) to 4:2:0 YUV in jcodec's 8-bit layout (each value less 128), BT.601 studio
     * range: Y 16–235, chroma 16–240 averaged over each 2×2 block.
     */
    static void toYuv420(int[] argb, int w, int h, byte[] y, byte[] u, byte[] v) {
        int cw = w / 2;
        for (int row = 0; row < h; row += 2) {
            int i0 = row * w;
            int i1 = i0 + w;
            for (int col = 0; col < w; col += 2) {
                int p00 = argb[i0 + col];
                int p01 = argb[i0 + col + 1];
                int p10 = argb[i1 + col];
                int p11 = argb[i1 + col + 1];
                y[i0 + col] = luma(p00);
                y[i0 + col + 1] = luma(p01);
                y[i1 + col] = luma(p10);
                y[i1 + col + 1] = luma(p11);
                int r = ((p00 >> 16) & 255) + ((p01 >> 16) & 255) + ((p10 >> 16) & 255) + ((p11 >> 16) & 255);
                int g = ((p00 >> 8) & 255) + ((p01 >> 8) & 255) + ((p10 >> 8) & 255) + ((p11 >> 8) & 255);
                int b = (p00 & 255) + (p01 & 255) + (p10 & 255) + (p11 & 255);
                int c = (row / 2) * cw + col / 2;
                // Sums of four pixels: divided by 4 in the shift (>> 10, not >> 8); stored less 128, so no offset.
                u[c] = (byte) ((-38 * r - 74 * g + 112 * b + 512) >> 10);
                v[c] = (byte) ((112 * r - 94 * g - 18 * b + 512) >> 10);
            }
        }
    }

    private static byte luma(int p) {
        int r = (p >> 16) & 255;
        int g = (p >> 8) & 255;
        int b = p & 255;
        return (byte) (16 + ((66 * r + 129 * g + 25 * b + 128) >> 8) - 128);
    }
}
