using System.Globalization;

namespace Intranet.Extensions.AspNetCore.TeamsApp;

/// <summary>
/// The two icons Teams asks for, drawn in code: a 192×192 colour icon (a white card with three text lines and a
/// check mark on the accent colour) and a 32×32 outline icon (the same card in white on transparency).
/// </summary>
internal static class AppIcons
{
    public static byte[] Color(string accentColor)
    {
        const int size = 192;
        var (r, g, b) = Parse(accentColor);
        var pixels = new byte[size * size * 4];
        Fill(pixels, size, 0, 0, size, size, (r, g, b, 255));
        Fill(pixels, size, 40, 44, 152, 148, (255, 255, 255, 255));       // the card
        Fill(pixels, size, 56, 64, 136, 74, (r, g, b, 255));              // title line
        var light = (Tint(r), Tint(g), Tint(b), (byte)255);                // the accent mixed with white, opaque
        Fill(pixels, size, 56, 86, 120, 94, light);                       // text lines
        Fill(pixels, size, 56, 104, 112, 112, light);
        for (var i = 0; i < 14; i++)                                       // the check mark
        {
            Fill(pixels, size, 104 + i, 122 + i / 2, 108 + i, 128 + i / 2, (r, g, b, 255));
            Fill(pixels, size, 118 + i, 129 - i, 122 + i, 135 - i, (r, g, b, 255));
        }

        return PngWriter.Encode(size, size, pixels);
    }

    public static byte[] Outline()
    {
        const int size = 32;
        var white = ((byte)255, (byte)255, (byte)255, (byte)255);
        var pixels = new byte[size * size * 4]; // transparent
        Fill(pixels, size, 6, 7, 26, 9, white);    // card border: top, bottom, left, right
        Fill(pixels, size, 6, 23, 26, 25, white);
        Fill(pixels, size, 6, 7, 8, 25, white);
        Fill(pixels, size, 24, 7, 26, 25, white);
        Fill(pixels, size, 11, 12, 21, 14, white); // text lines
        Fill(pixels, size, 11, 17, 18, 19, white);
        return PngWriter.Encode(size, size, pixels);
    }

    private static void Fill(byte[] pixels, int size, int x0, int y0, int x1, int y1, (byte R, byte G, byte B, byte A) color)
    {
        for (var y = Math.Max(0, y0); y < Math.Min(size, y1); y++)
        {
            for (var x = Math.Max(0, x0); x < Math.Min(size, x1); x++)
            {
                var i = (y * size + x) * 4;
                pixels[i] = color.R;
                pixels[i + 1] = color.G;
                pixels[i + 2] = color.B;
                pixels[i + 3] = color.A;
            }
        }
    }

    private static byte Tint(byte channel) => (byte)((channel * 160 + 255 * 95) / 255);

    private static (byte R, byte G, byte B) Parse(string hex) =>
        (byte.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
         byte.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
         byte.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
}
