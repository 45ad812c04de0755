using System.Text;
using Intranet.Extensions.Cards;
using Intranet.Extensions.Storage;
using Intranet.Plugins.Manuals.Library;

namespace Intranet.Plugins.Manuals.Tests;

/// <summary>PDF, DOCX and HWP attachments through the document store, with type and size limits.</summary>
public sealed class AttachmentTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
    private static readonly byte[] Hwp = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
    private static readonly byte[] Docx = [0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0];

    [Fact]
    public async Task Attachments_are_stored_once_added_to_the_draft_and_linked_from_the_card()
    {
        await using var host = await ManualsHost.StartAsync();
        await host.ImportAsync(ManualsHost.SmallManual());

        var pdf = await host.Library.AddAttachmentAsync("small", "민원 매뉴얼 원본.pdf", "application/pdf", new MemoryStream(Pdf));
        var again = await host.Library.AddAttachmentAsync("small", "민원 매뉴얼 원본.pdf", "application/pdf", new MemoryStream(Pdf));
        var hwp = await host.Library.AddAttachmentAsync("small", "서식.hwp", "application/haansofthwp", new MemoryStream(Hwp));
        await host.Library.AddAttachmentAsync("small", "안내.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", new MemoryStream(Docx));
        await host.ImportAsync(ManualsHost.SmallManual()); // re-importing the text keeps the files
        await host.PublishAsync();

        Assert.Equal(pdf, again);
        Assert.StartsWith("manuals/small/files/", pdf.Path, StringComparison.Ordinal);
        Assert.Equal(("application/x-hwp", Hwp.Length), (hwp.ContentType, (int)hwp.Length));
        Assert.Equal(3, (await host.Library.GetDraftAsync("small"))!.Attachments.Count);
        await using (var stored = await host.Host.Get<IDocumentStore>().OpenReadAsync(pdf.Path))
        {
            Assert.Equal("application/pdf", stored!.Info.ContentType);
        }

        var card = ManualsHost.CardOf(await host.ActAsync("c1p001", "view", "small", 1));
        var links = card.Body.OfType<ActionSet>().SelectMany(s => s.Actions).OfType<OpenUrlAction>().ToList();
        Assert.Equal(3, links.Count);
        Assert.StartsWith("민원 매뉴얼 원본.pdf (", links[0].Title, StringComparison.Ordinal);
        Assert.Equal(host.Host.Get<IDocumentLinks>().GetLink(pdf.Path).AbsoluteUri, links[0].Url);
    }

    [Theory]
    [InlineData("setup.exe", "application/octet-stream", "MZ")]
    [InlineData("note.txt", "text/plain", "hello")]
    [InlineData("fake.pdf", "application/pdf", "MZ this is not a pdf")]
    [InlineData("mislabelled.pdf", "image/png", "%PDF-1.4")]
    public async Task Other_types_and_disguised_files_are_refused(string name, string contentType, string content)
    {
        await using var host = await ManualsHost.StartAsync();
        await host.ImportAsync(ManualsHost.SmallManual());

        var error = await Assert.ThrowsAsync<ManualsException>(() =>
            host.Library.AddAttachmentAsync("small", name, contentType, new MemoryStream(Encoding.ASCII.GetBytes(content))));

        Assert.Equal(ManualsErrors.AttachmentType, error.Code);
        Assert.Empty((await host.Library.GetDraftAsync("small"))!.Attachments);
    }

    [Fact]
    public async Task Size_empty_and_count_limits_are_enforced()
    {
        await using var host = await ManualsHost.StartAsync(configure: o => { o.MaxAttachmentBytes = 1024; o.MaxAttachments = 1; });
        await host.ImportAsync(ManualsHost.SmallManual());
        var big = new byte[2048];
        Pdf.CopyTo(big, 0);

        var tooLarge = await Assert.ThrowsAsync<ManualsException>(() => host.Library.AddAttachmentAsync("small", "big.pdf", "application/pdf", new MemoryStream(big)));
        var empty = await Assert.ThrowsAsync<ManualsException>(() => host.Library.AddAttachmentAsync("small", "empty.pdf", "application/pdf", new MemoryStream()));
        await host.Library.AddAttachmentAsync("small", "one.pdf", "application/pdf", new MemoryStream(Pdf));
        var tooMany = await Assert.ThrowsAsync<ManualsException>(() => host.Library.AddAttachmentAsync("small", "two.hwp", "application/x-hwp", new MemoryStream(Hwp)));
        var noDraft = await Assert.ThrowsAsync<ManualsException>(() => host.Library.AddAttachmentAsync("nothing", "a.pdf", "application/pdf", new MemoryStream(Pdf)));

        Assert.Equal(
            [ManualsErrors.AttachmentTooLarge, ManualsErrors.AttachmentEmpty, ManualsErrors.TooManyAttachments, ManualsErrors.UnknownManual],
            new[] { tooLarge, empty, tooMany, noDraft }.Select(e => e.Code));
        Assert.Single((await host.Library.GetDraftAsync("small"))!.Attachments);
    }

    [Fact]
    public async Task Removing_an_attachment_from_the_draft_keeps_it_in_published_versions()
    {
        await using var host = await ManualsHost.StartAsync();
        await host.ImportAsync(ManualsHost.SmallManual());
        var pdf = await host.Library.AddAttachmentAsync("small", "a.pdf", "application/pdf", new MemoryStream(Pdf));
        await host.PublishAsync();

        Assert.True(await host.Library.RemoveAttachmentAsync("small", pdf.Path));
        Assert.False(await host.Library.RemoveAttachmentAsync("small", pdf.Path));
        Assert.Empty((await host.Library.GetDraftAsync("small"))!.Attachments);
        Assert.Single((await host.Library.GetVersionAsync("small", 1))!.Manual.Attachments);
    }
}
