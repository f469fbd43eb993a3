namespace Facilitation.Methods.Workshops;

/// <summary>The commands of a running workshop, as <see cref="WorkshopSession.PermittedCommands"/> and refusals name them.</summary>
internal enum WorkshopCommand
{
    /// <summary>Opens the next day.</summary>
    OpenDay = 0,

    /// <summary>Starts the next block of the programme.</summary>
    StartBlock = 1,

    /// <summary>Skips the next block of the programme, with a reason.</summary>
    SkipBlock = 2,

    /// <summary>Closes the running block and keeps its record.</summary>
    CloseBlock = 3,

    /// <summary>Closes the open day.</summary>
    CloseDay = 4,

    /// <summary>Checks a person in.</summary>
    CheckIn = 5,

    /// <summary>Records that a person has left.</summary>
    Depart = 6,

    /// <summary>Records who took part in the running plain block.</summary>
    RecordAttendance = 7,

    /// <summary>Carries items from earlier blocks into a later one.</summary>
    CarryItems = 8,

    /// <summary>Lists a village's resource in the running inventory block.</summary>
    ListResource = 9,

    /// <summary>Adds items to the action plan.</summary>
    AddToActionPlan = 10,

    /// <summary>Changes an item of the action plan.</summary>
    UpdateAction = 11,

    /// <summary>Closes the workshop.</summary>
    Close = 12,
}
