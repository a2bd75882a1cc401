using System.Numerics;

namespace ClipBot.Media.Songs;

/// <summary>
/// An in-place radix-2 FFT, just enough for the onset envelope's short frames; a library would be a
/// dependency for forty lines.
/// </summary>
internal static class Fft
{
    public static void Forward(Span<Complex> data)
    {
        var n = data.Length;
        if (n == 0 || !BitOperations.IsPow2(n))
        {
            throw new ArgumentException($"The FFT length must be a power of two, not {n}.", nameof(data));
        }

        // Bit-reversal permutation, so the butterflies below can work in place.
        for (int i = 1, j = 0; i < n; i++)
        {
            var bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1)
            {
                j ^= bit;
            }

            j ^= bit;
            if (i < j)
            {
                (data[i], data[j]) = (data[j], data[i]);
            }
        }

        for (var length = 2; length <= n; length <<= 1)
        {
            var step = Complex.FromPolarCoordinates(1, -2 * Math.PI / length);
            for (var start = 0; start < n; start += length)
            {
                var twiddle = Complex.One;
                for (var k = 0; k < length / 2; k++)
                {
                    var even = data[start + k];
                    var odd = data[start + k + (length / 2)] * twiddle;
                    data[start + k] = even + odd;
                    data[start + k + (length / 2)] = even - odd;
                    twiddle *= step;
                }
            }
        }
    }
}
