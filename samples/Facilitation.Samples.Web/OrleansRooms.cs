using System.Net;
using Facilitation.Methods;
using Facilitation.Methods.Orleans;
using Facilitation.Methods.Brainstorm;
using Facilitation.Methods.OpenSpace;
using Facilitation.Methods.WorldCafe;

namespace Facilitation.Samples.Web;

/// <summary>
/// Where the app runs its sessions, from the configuration section <c>Hosting</c>: <c>Mode=local</c> (the default: sessions in this
/// process, stored in SQLite) or <c>Mode=orleans</c> (this process also hosts a silo of an Orleans cluster; every room (World Café,
/// Open Space, brainstorm) and every workshop is a session grain, stored by the grains in the same SQLite file). See docs/hosting.md, "Orleans mode".
/// </summary>
internal sealed class RoomHosting
{
    public const string Local = "local";
    public const string Orleans = "orleans";

    /// <summary>The setting that switches the mode, as the refusals name it.</summary>
    public const string ModeSetting = "Hosting:Mode";

    /// <summary>Gets whether sessions run as grains.</summary>
    public bool IsOrleans { get; init; }

    /// <summary>Gets the cluster's id (<c>Hosting:Orleans:ClusterId</c>, default <c>facilitation</c>); every silo of one cluster names the same.</summary>
    public string ClusterId { get; init; } = "facilitation";

    /// <summary>Gets the port silos talk on (<c>Hosting:Orleans:SiloPort</c>, default 11111); one per silo on one machine.</summary>
    public int SiloPort { get; init; } = 11111;

    /// <summary>Gets the port clients connect to (<c>Hosting:Orleans:GatewayPort</c>, default 30000); one per silo on one machine.</summary>
    public int GatewayPort { get; init; } = 30000;

    /// <summary>Gets the silo port of the cluster's first silo (<c>Hosting:Orleans:PrimarySiloPort</c>, default 11111): localhost clustering keeps the membership there.</summary>
    public int PrimarySiloPort { get; init; } = 11111;

    /// <summary>Reads the section; an unknown mode or a port out of range is refused with what to write instead.</summary>
    public static RoomHosting From(IConfiguration configuration)
    {
        var mode = (configuration[ModeSetting] ?? Local).Trim().ToLowerInvariant();
        if (mode is not (Local or Orleans))
        {
            throw new InvalidOperationException($"{ModeSetting} is '{configuration[ModeSetting]}'; write '{Local}' (sessions in this process, the default) or '{Orleans}' (this process hosts a silo of an Orleans cluster).");
        }

        return new RoomHosting
        {
            IsOrleans = mode == Orleans,
            ClusterId = configuration["Hosting:Orleans:ClusterId"] is { Length: > 0 } cluster ? cluster : "facilitation",
            SiloPort = Port(configuration, "SiloPort", 11111),
            GatewayPort = Port(configuration, "GatewayPort", 30000),
            PrimarySiloPort = Port(configuration, "PrimarySiloPort", 11111),
        };
    }

    /// <summary>Makes this web process a silo: localhost clustering (the first silo keeps the membership), in-memory reminders, the three methods' command tables and the app's SQLite store behind the grains.</summary>
    public void AddSilo(WebApplicationBuilder builder, TimeProvider? clock)
    {
        // The silo's start-up report and its placement retries (Polly) are long: keep their warnings, so the console still shows the app's own lines.
        builder.Logging.AddFilter("Orleans", LogLevel.Warning);
        builder.Logging.AddFilter("Polly", LogLevel.Warning);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(SiloPort, GatewayPort, new IPEndPoint(IPAddress.Loopback, PrimarySiloPort), serviceId: ClusterId, clusterId: ClusterId);
            silo.UseInMemoryReminderService();
            silo.AddFacilitationSessions(o =>
            {
                o.TimeProvider = clock ?? TimeProvider.System;
                o.AddMethod(SessionMethods.WorldCafe()).AddMethod(SessionMethods.OpenSpace()).AddMethod(SessionMethods.Brainstorm()).AddMethod(SessionMethods.Workshop());
            });
        });
        builder.Services.AddHostedService<ClusterRooms>();
    }

    private static int Port(IConfiguration configuration, string name, int fallback)
    {
        var text = configuration["Hosting:Orleans:" + name];
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536
            ? port
            : throw new InvalidOperationException($"Hosting:Orleans:{name} is '{text}'; write a port number from 1 to 65535.");
    }
}

/// <summary>
/// In Orleans mode, once the silo runs: connects to every room the store lists (restored on whichever silo Orleans
/// picks), opens the seed café, Open Space and brainstorm in an empty store, and then looks for rooms another web process opened, every second,
/// so every process serves every room.
/// </summary>
internal sealed partial class ClusterRooms(Rooms rooms, WebAppOptions options, TimeProvider clock, ILogger<ClusterRooms> logger) : BackgroundService
{
    private static readonly TimeSpan LookEvery = TimeSpan.FromSeconds(1);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await rooms.ConnectListedAsync(cancellationToken).ConfigureAwait(false);
        if (options.OpenSeedCafe && !rooms.All.Any())
        {
            foreach (var template in new[] { "seed", "open-space", "brainstorm" })
            {
                await rooms.OpenAsync(Templates.From(new NewCafe(template, null, 0, 0, null, 0, 0, null), clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
            }
        }

        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(LookEvery);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await rooms.ConnectListedAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogLookFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not look for rooms other web processes opened; trying again in a second.")]
    private static partial void LogLookFailed(ILogger logger, Exception exception);
}

/// <content>The rooms of Orleans mode: each a session grain (World Café, Open Space, brainstorm), read here through a replica.</content>
internal sealed partial class Rooms
{
    private readonly SemaphoreSlim _connecting = new(1, 1);

    /// <summary>Connects to every workshop and room the store lists that this process does not serve yet (Orleans mode; a workshop's block comes with its workshop).</summary>
    public async Task ConnectListedAsync(CancellationToken cancellationToken)
    {
        await _connecting.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var listed = await _store.ListByOwnerAsync(Owner, cancellationToken).ConfigureAwait(false);
            foreach (var saved in listed.Where(s => s.Method == WorkshopMethod && !_workshops.ContainsKey(Room.CodeOf(s.SessionId))).TakeLast(MaxRooms - _workshops.Count))
            {
                if (await _store.LoadAsync(saved.SessionId, 0, cancellationToken).ConfigureAwait(false) is { } stored)
                {
                    await ConnectWorkshopAsync(stored.Record.DesignJson, cancellationToken).ConfigureAwait(false);
                }
            }

            foreach (var saved in listed.Where(s => s.WorkshopId is null && s.Method is Room.WorldCafeMethod or Room.OpenSpaceMethod or Room.BrainstormMethod && !_rooms.ContainsKey(Room.CodeOf(s.SessionId))).TakeLast(MaxRooms - _rooms.Count))
            {
                if (await _store.LoadAsync(saved.SessionId, 0, cancellationToken).ConfigureAwait(false) is { } stored)
                {
                    await ConnectAsync(saved.Method, stored.Record.DesignJson, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            _connecting.Release();
        }
    }

    private async Task<Room> ConnectAsync(string method, string designJson, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var grains = _services.GetRequiredService<IGrainFactory>();
        Func<string, IReadOnlyList<SessionEventRecord>, Facilitation.Methods.SessionOptions, IFacilitationSession> restore = method switch
        {
            Room.WorldCafeMethod => (design, records, o) => WorldCafeSession.Restore(design, records, o),
            Room.OpenSpaceMethod => (design, records, o) => OpenSpaceSession.Restore(design, records, o),
            _ => (design, records, o) => BrainstormSession.Restore(design, records, o),
        };
        var remote = await GrainRoomSession.ConnectAsync(grains, designJson, Owner, restore, _clock).ConfigureAwait(false);
        var room = new Room(remote, _claims);
        if (!_rooms.TryAdd(room.Code, room))
        {
            room.Dispose();
            return _rooms[room.Code];
        }

        return room;
    }

    /// <summary>Opens a room as a new grain (Orleans mode): the design's JSON starts the grain, which stores it.</summary>
    private async Task<Room> OpenOnClusterAsync(object design, CancellationToken cancellationToken)
    {
        (string Method, IFacilitationSession Draft) opened = design switch
        {
            WorldCafeDesign cafe => (Room.WorldCafeMethod, _cafes.Create(cafe)),
            OpenSpaceDesign openSpace => (Room.OpenSpaceMethod, _openSpaces.Create(openSpace)),
            BrainstormDesign brainstorm => (Room.BrainstormMethod, _brainstorms.Create(brainstorm)),
            _ => throw new ArgumentException("The app runs World Cafés, Open Spaces and brainstorms.", nameof(design)),
        };
        using (opened.Draft)
        {
            return await ConnectAsync(opened.Method, opened.Draft.DesignJson, cancellationToken).ConfigureAwait(false);
        }
    }
}
