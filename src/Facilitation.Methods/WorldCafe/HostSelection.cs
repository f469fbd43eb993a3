namespace Facilitation.Methods.WorldCafe;

/// <summary>How table hosts — the people who stay at a table while the travellers move — are chosen.</summary>
public enum HostSelection
{
    /// <summary>Hosts are named in the design (<see cref="Group.Host"/> of each table) and stay for the whole café.</summary>
    PreAssigned = 0,

    /// <summary>No hosts in round 1; after it, each table's volunteer (someone who sat there in round 1) stays for every later round.</summary>
    VolunteerAfterFirstRound = 1,

    /// <summary>A different person hosts each table in each round, chosen from the people seated there; nobody hosts twice while others have not.</summary>
    RechosenEachRound = 2,

    /// <summary>No table hosts: everyone travels.</summary>
    None = 3,
}
