package org.cronomapa.export;

import java.io.IOException;
import java.nio.file.Path;
import org.jcodec.api.SequenceEncoder;
import org.jcodec.common.Codec;
import org.jcodec.common.Format;
import org.jcodec.common.io.FileChannelWrapper;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;
import org.jcodec.common.model.Rational;

/**
 * An H.264 video in an MP4 file, encoded in pure Java by jcodec at a constant frame rate. The
 * caller's pixels are turned into 4:2:0 YUV here (BT.601, studio range, which is what players
 * assume when the stream does not say), once per picture; a picture held for several frames is
 * encoded that many times. Writes to the path it is given: the caller passes a temporary file and
 * moves it into place (io.AtomicFiles).
 */
public final class Mp4Video implements FrameSink {
    private final int width;
    private final int height;
    private final FileChannelWrapper channel;
    private final SequenceEncoder encoder;
    private final Picture picture;
    private boolean closed;

    public Mp4Video(Path file, int width, int height, int fps) throws IOException {
        if (width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("a video's width and height must be even: " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.channel = NIOUtils.writableChannel(file.toFile());
        try {
            this.encoder = new SequenceEncoder(channel, Rational.R(fps, 1), Format.MOV, Codec.H264, null);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        this.picture = Picture.create(width, height, ColorSpace.YUV420J);
    }

    @Override
    public void frame(int[] argb, int repeats) throws IOException {
        if (argb.length != width * height) {
            throw new IllegalArgumentException("a frame of " + argb.length + " pixels for " + width + "x" + height);
        }
        toYuv420(argb, width, height, picture.getPlaneData(0), picture.getPlaneData(1), picture.getPlaneData(2));
        for (int k = 0; k < repeats; k++) {
            encoder.encodeNativeFrame(picture);
        }
    }

    @Override
    public void finish() throws IOException {
        encoder.finish();
        close();
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
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
                u[c] = (byte) (((-38 * r - 74 * g + 112 * b + 512) >> 10));
                v[c] = (byte) (((112 * r - 94 * g - 18 * b + 512) >> 10));
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
