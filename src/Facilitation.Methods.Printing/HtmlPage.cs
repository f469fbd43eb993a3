using System.Text;

namespace Facilitation.Methods.Printing;

/// <summary>Builds one self-contained HTML document: inline CSS for A4 print, no scripts, no external resources.</summary>
/// <remarks>
/// A fixed-size page is a <c>section.page</c> sized to the printable area, so a page of data is a page of paper; boxes whose
/// size is fixed carry the class <c>box</c> (the browser tests check that no text overflows one).
/// </remarks>
internal sealed class HtmlPage
{
    private const string BaseCss = """
        *{box-sizing:border-box}
        html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
        body{margin:0;font-family:"Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","Noto Sans",Arial,sans-serif;font-size:11pt;line-height:1.35;color:#111}
        h1{font-size:20pt;margin:0 0 4mm}h2{font-size:15pt;margin:6mm 0 3mm}h3{font-size:12pt;margin:4mm 0 2mm}
        .page{overflow:hidden;break-after:page;page-break-after:always;position:relative}
        .page:last-child{break-after:auto;page-break-after:auto}
        .chapter{break-before:page;page-break-before:always}
        .keep{break-inside:avoid;page-break-inside:avoid}
        .muted{color:#555}.small{font-size:9pt}
        .box{overflow:hidden;overflow-wrap:anywhere}
        table{border-collapse:collapse;width:100%}th,td{border:0.3mm solid #888;padding:1.2mm 2mm;text-align:left;vertical-align:top;overflow-wrap:anywhere}
        th{background:#eef2f7}
        ul{margin:1mm 0 2mm 5mm;padding:0}
        svg{max-width:100%;height:auto}
        .host{font-weight:700;color:#9a3412}
        """;

    private readonly StringBuilder _body = new();
    private readonly PrintContext _context;
    private readonly string _title;
    private readonly bool _landscape;
    private readonly string _css;

    public HtmlPage(PrintContext context, string title, bool landscape, string css)
    {
        _context = context;
        _title = title;
        _landscape = landscape;
        _css = css;
    }

    /// <summary>Gets the height of one page's printable area in millimetres (A4 less the 10 mm margins).</summary>
    public int PageHeight => _landscape ? 190 : 277;

    /// <summary>Gets the width of one page's printable area in millimetres.</summary>
    public int PageWidth => _landscape ? 277 : 190;

    /// <summary>Appends markup that is already escaped.</summary>
    public HtmlPage Raw(string html)
    {
        _body.Append(html);
        return this;
    }

    /// <summary>Appends an element holding escaped text.</summary>
    public HtmlPage Element(string tag, string? text, string? cssClass = null)
    {
        _body.Append('<').Append(tag);
        if (cssClass is not null)
        {
            _body.Append(" class=\"").Append(cssClass).Append('"');
        }

        _body.Append('>').Append(Markup.Escape(text)).Append("</").Append(tag).Append(">\n");
        return this;
    }

    /// <summary>Opens a fixed-size page.</summary>
    public HtmlPage BeginPage(string? cssClass = null)
    {
        _body.Append("<section class=\"page").Append(cssClass is null ? string.Empty : " " + cssClass)
            .Append("\" style=\"width:").Append(PageWidth).Append("mm;height:").Append(PageHeight).Append("mm\">\n");
        return this;
    }

    /// <summary>Closes a page.</summary>
    public HtmlPage EndPage() => Raw("</section>\n");

    /// <inheritdoc/>
    public override string ToString()
    {
        var html = new StringBuilder(_body.Length + 2048);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(Markup.Escape(_context.Language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"generator\" content=\"Facilitation.Methods.Printing\">\n")
            .Append("<title>").Append(Markup.Escape(_title)).Append("</title>\n<style>\n")
            .Append("@page{size:A4").Append(_landscape ? " landscape" : string.Empty).Append(";margin:10mm}\n")
            .Append(BaseCss).Append('\n').Append(_css).Append("\n</style>\n</head>\n<body>\n")
            .Append(_body)
            .Append("</body>\n</html>\n");
        return html.ToString();
    }
}
