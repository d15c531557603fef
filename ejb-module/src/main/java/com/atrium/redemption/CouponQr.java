package com.atrium.redemption;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/** Renders a coupon code as a QR code (PNG or SVG) with ZXing; the code is the whole content. */
public final class CouponQr {

  private CouponQr() {}

  public static byte[] png(String couponCode, int size) {
    BitMatrix m = matrix(couponCode, size);
    BufferedImage image =
        new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < m.getHeight(); y++) {
      for (int x = 0; x < m.getWidth(); x++) {
        image.setRGB(x, y, m.get(x, y) ? 0x000000 : 0xFFFFFF);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public static String svg(String couponCode, int size) {
    BitMatrix m = matrix(couponCode, size);
    StringBuilder b =
        new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
            .append(m.getWidth())
            .append(' ')
            .append(m.getHeight())
            .append(
                "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"");
    for (int y = 0; y < m.getHeight(); y++) {
      for (int x = 0; x < m.getWidth(); x++) {
        if (m.get(x, y)) {
          b.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
        }
      }
    }
    return b.append("\"/></svg>").toString();
  }

  private static BitMatrix matrix(String couponCode, int size) {
    try {
      return new QRCodeWriter()
          .encode(
              couponCode,
              BarcodeFormat.QR_CODE,
              size,
              size,
              Map.of(
                  EncodeHintType.ERROR_CORRECTION,
                  ErrorCorrectionLevel.M,
                  EncodeHintType.MARGIN,
                  2));
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode a coupon code", e);
    }
  }
}
