namespace Facilitation.Methods.Rotation;

/// <summary>
/// How one tabu search behaves. The two parallel searches differ on purpose, because instances differ in what they need:
/// measured on the benchmark instances (6 seeds, 1.5 s), a tenure of about half the people with restarts from the best
/// plan solved the golfer instance 8-4-10 (from the GF(2) construction) in 4 of 6 runs, while a slightly longer tenure
/// without restarts solved 6-3-8 in 4 of 6 runs, where the other style mostly stalls at one repeated pair.
/// </summary>
/// <param name="TenurePercent">The base tabu tenure as a percentage of the number of people (the tenure is random in [base, 2·base)).</param>
/// <param name="Restarts">Whether to return to the best plan, perturbed, after a long stagnation.</param>
internal readonly record struct SearchStyle(int TenurePercent, bool Restarts)
{
    public static SearchStyle ForWorker(int index) => index == 0 ? new(50, Restarts: true) : new(60, Restarts: false);
}
