// The web app: a facilitator console and phone pages running World Cafés live. See docs/hosting.md ("The web sample").
//
//   dotnet run --project samples/Facilitation.Samples.Web
//
// prints the console's address, each café's join link and, unless Facilitator:Secret is configured, the facilitator
// secret (once). Cafés are kept in the SQLite session store under storage/ and restored at start-up.
Facilitation.Samples.Web.WebApp.BuildApp(args).Run();
