using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace XinxingPortal.IntegrationTests.Media;

/// <summary>Images made in the test: real ones from ImageSharp, hostile ones written byte by byte.</summary>
internal static class TestImages
{
    public const string CameraModel = "XinxingCam-9000";

    /// <summary>A phone photo: 2000×1500 stored, EXIF orientation 6 (shown 1500×2000), GPS position and camera model.</summary>
    public static byte[] PhonePhoto()
    {
        using var image = new Image<Rgb24>(2000, 1500);
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                image[x, y] = new Rgb24((byte)(x % 256), (byte)(y % 256), 128);
            }
        }

        var exif = new ExifProfile();
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(44, 1), new Rational(18, 1), new Rational(30, 1)]);
        exif.SetValue(ExifTag.GPSLongitudeRef, "E");
        exif.SetValue(ExifTag.GPSLongitude, [new Rational(84, 1), new Rational(52, 1), new Rational(10, 1)]);
        exif.SetValue(ExifTag.Model, CameraModel);
        exif.SetValue(ExifTag.Orientation, (ushort)6);
        image.Metadata.ExifProfile = exif;
        return Save(image, new JpegEncoder { Quality = 90 });
    }

    /// <summary>Transparent on the left half, opaque green on the right.</summary>
    public static byte[] HalfTransparentPng(int width, int height)
    {
        using var image = new Image<Rgba32>(width, height);
        for (var y = 0; y < height; y++)
        {
            for (var x = width / 2; x < width; x++)
            {
                image[x, y] = new Rgba32(0, 160, 60, 255);
            }
        }

        return Save(image, new PngEncoder());
    }

    public static byte[] Jpeg(int width, int height)
    {
        using var image = new Image<Rgb24>(width, height, new Rgb24(60, 110, 160));
        return Save(image, new JpegEncoder { Quality = 75 });
    }

    public static byte[] Webp(int width, int height)
    {
        using var image = new Image<Rgb24>(width, height, new Rgb24(200, 40, 40));
        return Save(image, new WebpEncoder());
    }

    public static byte[] Gif()
    {
        using var image = new Image<Rgb24>(40, 30, new Rgb24(10, 20, 30));
        return Save(image, new GifEncoder());
    }

    /// <summary>A PNG whose header claims the size and whose data is a few bytes: decoding it would need the full pixel buffer first.</summary>
    public static byte[] PngClaiming(int width, int height) =>
        Png(width, height, bitDepth: 8, colorType: 2, Deflate(new byte[64]));

    /// <summary>
    /// A valid 1-bit grey PNG, all black: about 10 KB on disk, {side}² pixels once decoded (324 MB as RGBA at 9000).
    /// </summary>
    public static byte[] PngBomb(int side)
    {
        var rowBytes = 1 + ((side + 7) / 8);
        using var raw = new MemoryStream();
        using (var zlib = new ZLibStream(raw, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var row = new byte[rowBytes];
            for (var y = 0; y < side; y++)
            {
                zlib.Write(row);
            }
        }

        return Png(side, side, bitDepth: 1, colorType: 0, raw.ToArray());
    }

    /// <summary>
    /// A valid 10×10 PNG carrying a zTXt (compressed text) chunk of zeros that inflates to the given size: small on
    /// disk, and a decoder that reads its text has to inflate all of it.
    /// </summary>
    public static byte[] PngWithTextBomb(int inflatedMegabytes)
    {
        using var image = new Image<Rgb24>(10, 10, new Rgb24(90, 90, 90));
        var png = Save(image, new PngEncoder());
        using var text = new MemoryStream();
        text.Write("Comment\0\0"u8);
        using (var zlib = new ZLibStream(text, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var megabyte = new byte[1024 * 1024];
            for (var i = 0; i < inflatedMegabytes; i++)
            {
                zlib.Write(megabyte);
            }
        }

        // Signature (8 bytes) and IHDR (25 bytes) first; the text chunk may come anywhere before IEND.
        using var bomb = new MemoryStream();
        bomb.Write(png, 0, 33);
        WriteChunk(bomb, "zTXt", text.ToArray());
        bomb.Write(png, 33, png.Length - 33);
        return bomb.ToArray();
    }

    /// <summary>A valid 10×10 WebP with an EXIF chunk whose header claims 2 GB (the chunk itself is a few bytes).</summary>
    public static byte[] WebpWithExifClaimingTwoGigabytes()
    {
        using var image = new Image<Rgb24>(10, 10, new Rgb24(90, 90, 90));
        image.Metadata.ExifProfile = new ExifProfile();
        image.Metadata.ExifProfile.SetValue(ExifTag.Model, CameraModel);
        var webp = Save(image, new WebpEncoder { FileFormat = WebpFileFormatType.Lossy });
        var at = webp.AsSpan().IndexOf("EXIF"u8);
        if (at < 0)
        {
            throw new InvalidOperationException("the encoder wrote no EXIF chunk");
        }

        BinaryPrimitives.WriteUInt32LittleEndian(webp.AsSpan(at + 4), 0x7FFFFF00);
        return webp;
    }

    /// <summary>A real small JPEG whose frame header (SOF0) is rewritten to claim another size.</summary>
    public static byte[] JpegClaiming(int width, int height)
    {
        using var image = new Image<Rgb24>(16, 16, new Rgb24(1, 2, 3));
        var data = Save(image, new JpegEncoder());
        for (var i = 2; i < data.Length - 9; i++)
        {
            if (data[i] == 0xFF && data[i + 1] == 0xC0)
            {
                BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(i + 5), (ushort)height);
                BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(i + 7), (ushort)width);
                return data;
            }
        }

        throw new InvalidOperationException("the encoder wrote no SOF0 marker");
    }

    public static byte[] TextFile() => Encoding.UTF8.GetBytes("这不是图片 — this is a text file renamed to .jpg\n");

    private static byte[] Png(int width, int height, byte bitDepth, byte colorType, byte[] idat)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = bitDepth;
        header[9] = colorType;
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", idat);
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typeAndData = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typeAndData));
        png.Write(number);
    }

    /// <summary>The CRC-32 of ISO 3309 that PNG chunks carry (polynomial 0xEDB88320, reflected).</summary>
    public static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    private static byte[] Deflate(byte[] raw)
    {
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        return buffer.ToArray();
    }

    private static byte[] Save(Image image, SixLabors.ImageSharp.Formats.IImageEncoder encoder)
    {
        using var buffer = new MemoryStream();
        image.Save(buffer, encoder);
        return buffer.ToArray();
    }
}
