// n-body (the Benchmarks Game program: five Jovian planets, symplectic integrator), 300,000 steps: double arithmetic, Math.Sqrt, field access on objects in an array; energy printed with ToString("F9").
using System;
sealed class Body { public double X, Y, Z, Vx, Vy, Vz, Mass; }
static class Program
{
    const double Pi = 3.141592653589793;
    const double SolarMass = 4 * Pi * Pi;
    const double DaysPerYear = 365.24;
    const int Steps = 300000;

    static Body[] CreateBodies()
    {
        var bodies = new Body[]
        {
            // Sun
            new Body { Mass = SolarMass },
            // Jupiter
            new Body
            {
                X = 4.84143144246472090e+00, Y = -1.16032004402742839e+00, Z = -1.03622044471123109e-01,
                Vx = 1.66007664274403694e-03 * DaysPerYear, Vy = 7.69901118419740425e-03 * DaysPerYear,
                Vz = -6.90460016972063023e-05 * DaysPerYear, Mass = 9.54791938424326609e-04 * SolarMass,
            },
            // Saturn
            new Body
            {
                X = 8.34336671824457987e+00, Y = 4.12479856412430479e+00, Z = -4.03523417114321381e-01,
                Vx = -2.76742510726862411e-03 * DaysPerYear, Vy = 4.99852801234917238e-03 * DaysPerYear,
                Vz = 2.30417297573763929e-05 * DaysPerYear, Mass = 2.85885980666130812e-04 * SolarMass,
            },
            // Uranus
            new Body
            {
                X = 1.28943695621391310e+01, Y = -1.51111514016986312e+01, Z = -2.23307578892655734e-01,
                Vx = 2.96460137564761618e-03 * DaysPerYear, Vy = 2.37847173959480950e-03 * DaysPerYear,
                Vz = -2.96589568540237556e-05 * DaysPerYear, Mass = 4.36624404335156298e-05 * SolarMass,
            },
            // Neptune
            new Body
            {
                X = 1.53796971148509165e+01, Y = -2.59193146099879641e+01, Z = 1.79258772950371181e-01,
                Vx = 2.68067772490389322e-03 * DaysPerYear, Vy = 1.62824170038242295e-03 * DaysPerYear,
                Vz = -9.51592254519715870e-05 * DaysPerYear, Mass = 5.15138902046611451e-05 * SolarMass,
            },
        };
        // Offset the Sun's momentum so the system's total momentum is zero.
        double px = 0, py = 0, pz = 0;
        foreach (var b in bodies) { px += b.Vx * b.Mass; py += b.Vy * b.Mass; pz += b.Vz * b.Mass; }
        bodies[0].Vx = -px / SolarMass; bodies[0].Vy = -py / SolarMass; bodies[0].Vz = -pz / SolarMass;
        return bodies;
    }

    static double Energy(Body[] bodies)
    {
        double e = 0.0;
        for (int i = 0; i < bodies.Length; i++)
        {
            Body b = bodies[i];
            e += 0.5 * b.Mass * (b.Vx * b.Vx + b.Vy * b.Vy + b.Vz * b.Vz);
            for (int j = i + 1; j < bodies.Length; j++)
            {
                Body b2 = bodies[j];
                double dx = b.X - b2.X, dy = b.Y - b2.Y, dz = b.Z - b2.Z;
                e -= (b.Mass * b2.Mass) / Math.Sqrt(dx * dx + dy * dy + dz * dz);
            }
        }
        return e;
    }

    static void Advance(Body[] bodies, double dt)
    {
        for (int i = 0; i < bodies.Length; i++)
        {
            Body b = bodies[i];
            for (int j = i + 1; j < bodies.Length; j++)
            {
                Body b2 = bodies[j];
                double dx = b.X - b2.X, dy = b.Y - b2.Y, dz = b.Z - b2.Z;
                double d2 = dx * dx + dy * dy + dz * dz;
                double mag = dt / (d2 * Math.Sqrt(d2));
                b.Vx -= dx * b2.Mass * mag; b.Vy -= dy * b2.Mass * mag; b.Vz -= dz * b2.Mass * mag;
                b2.Vx += dx * b.Mass * mag; b2.Vy += dy * b.Mass * mag; b2.Vz += dz * b.Mass * mag;
            }
        }
        foreach (var b in bodies) { b.X += dt * b.Vx; b.Y += dt * b.Vy; b.Z += dt * b.Vz; }
    }

    static void Main()
    {
        Body[] bodies = CreateBodies();
        Console.WriteLine(Energy(bodies).ToString("F9"));
        for (int i = 0; i < Steps; i++) Advance(bodies, 0.01);
        Console.WriteLine(Energy(bodies).ToString("F9"));
    }
}
