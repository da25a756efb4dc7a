// `cilkit run --stats`: a known number of objects of known sizes. A Point (two int fields)
// is 16 header bytes + 8 = 24 bytes; an int[100] is 24 (header + length) + 400 = 424 bytes.
class Point
{
    public int X, Y;
}

class Program
{
    static int Main()
    {
        Point last = null;
        for (int i = 0; i < 1000; i++) last = new Point { X = i, Y = -i };
        int[][] arrays = new int[10][];
        for (int i = 0; i < 10; i++) arrays[i] = new int[100];
        return last.X + last.Y == 0 ? 0 : 1;
    }
}
