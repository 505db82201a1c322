using System.Text;
using XinxingPortal.Abstractions.Files;
using XinxingPortal.Platform.Files;

namespace XinxingPortal.UnitTests.Kernel;

public sealed class FileInspectorTests
{
    private static readonly FileRules Documents = new([FileKind.Pdf, FileKind.Docx, FileKind.Xlsx], 20 * 1024 * 1024, "documents only", "too large");
    private static readonly FileRules Licence = new([FileKind.Jpeg, FileKind.Png, FileKind.Pdf], 10 * 1024 * 1024, "licence kinds only", "too large");
    private readonly FileInspector inspector = new();

    [Fact]
    public void Real_documents_are_accepted_by_their_bytes()
    {
        Assert.Equal(FileKind.Pdf, inspector.Inspect("a.PDF", TestFiles.Pdf, Documents).Kind);
        Assert.Equal(FileKind.Docx, inspector.Inspect("a.docx", TestFiles.Docx(), Documents).Kind);
        Assert.Equal(FileKind.Xlsx, inspector.Inspect("a.xlsx", TestFiles.Xlsx(), Documents).Kind);
        Assert.Equal(FileKind.Png, inspector.Inspect("licence.png", TestFiles.Png, Licence).Kind);
    }

    [Theory]
    [InlineData("../../x")]
    [InlineData("word/../../x")]
    [InlineData("/etc/passwd")]
    [InlineData("C:/Windows/x")]
    [InlineData("word\\..\\x")]
    public void A_docx_with_a_part_name_that_escapes_its_folder_is_refused(string name) =>
        AssertRefused(TestFiles.Docx((name, "x"u8.ToArray())), FileProblems.ZipBadName);

    [Fact]
    public void A_docx_with_a_50_MB_zero_filled_part_is_refused_as_a_bomb() =>
        AssertRefused(TestFiles.Docx(("word/media/zeros.bin", new byte[50 * 1024 * 1024])), FileProblems.ZipCompressedTooMuch);

    [Fact]
    public void A_docx_unpacking_past_the_total_cap_is_refused_without_trusting_declared_sizes()
    {
        // Random bytes do not compress, so the ratio rule stays quiet and only the byte count can stop it.
        var noise = new byte[3 * 1024 * 1024];
        new Random(7).NextBytes(noise);
        var rules = Documents with { Zip = new ZipLimits(1_000, 5 * 1024 * 1024, 100) };

        var result = inspector.Inspect("big.docx", TestFiles.Docx(("a.bin", noise), ("b.bin", noise)), rules);

        Assert.Equal(FileProblems.ZipTooLarge, result.Problem);
    }

    [Fact]
    public void A_docx_with_too_many_parts_is_refused() =>
        AssertRefused(TestFiles.Docx([.. Enumerable.Range(0, 1_001).Select(i => ($"word/p{i}.xml", "x"u8.ToArray()))]), FileProblems.ZipTooManyEntries);

    [Fact]
    public void A_zip_without_the_parts_of_a_docx_is_refused()
    {
        AssertRefused(TestFiles.Zip([("word/document.xml", "x"u8.ToArray())]), FileProblems.ZipMissingParts);
        AssertRefused(TestFiles.Zip([("[Content_Types].xml", "x"u8.ToArray()), ("readme.txt", "x"u8.ToArray())]), FileProblems.ZipMissingParts);
    }

    [Fact]
    public void Text_named_pdf_is_refused_as_the_wrong_kind() =>
        Assert.Equal("documents only", inspector.Inspect("plan.pdf", Encoding.UTF8.GetBytes("just text"), Documents).Problem);

    [Fact]
    public void A_pdf_named_png_is_refused_because_content_and_name_disagree() =>
        Assert.Equal(FileProblems.NameMismatch, inspector.Inspect("licence.png", TestFiles.Pdf, Licence).Problem);

    [Fact]
    public void A_kind_the_use_does_not_take_is_refused_with_the_uses_message() =>
        Assert.Equal("licence kinds only", inspector.Inspect("licence.docx", TestFiles.Docx(), Licence).Problem);

    [Fact]
    public void Truncated_files_are_refused()
    {
        Assert.Equal(FileProblems.Truncated, inspector.Inspect("a.pdf", TestFiles.Pdf[..20], Documents).Problem);
        Assert.Equal(FileProblems.Truncated, inspector.Inspect("a.png", TestFiles.Png[..30], Licence).Problem);
        var docx = TestFiles.Docx();
        Assert.Equal(FileProblems.Truncated, inspector.Inspect("a.docx", docx[..(docx.Length / 2)], Documents).Problem);
    }

    [Fact]
    public void Empty_and_oversized_files_are_refused()
    {
        Assert.Equal(FileProblems.Empty, inspector.Inspect("a.pdf", [], Documents).Problem);
        Assert.Equal("too large", inspector.Inspect("a.pdf", TestFiles.Pdf, Documents with { MaxBytes = 10 }).Problem);
    }

    [Fact]
    public async Task A_stream_is_read_only_one_byte_past_the_cap()
    {
        var endless = new CountingStream();

        var result = await inspector.InspectAsync("a.pdf", endless, Documents with { MaxBytes = 1024 * 1024 }, CancellationToken.None);

        Assert.Equal("too large", result.Problem);
        Assert.True(endless.Taken < 2 * 1024 * 1024, $"{endless.Taken} bytes read");
    }

    [Fact]
    public void Media_rules_accept_a_misnamed_image() =>
        Assert.Equal(FileKind.Png, inspector.Inspect("photo.jpg", TestFiles.Png, Licence with { NameMustMatch = false }).Kind);

    private void AssertRefused(byte[] docx, string problem)
    {
        var result = inspector.Inspect("plan.docx", docx, Documents);
        Assert.False(result.Accepted);
        Assert.Equal(problem, result.Problem);
        Assert.Empty(result.Content);
    }

    /// <summary>A stream that never ends, counting what was taken from it.</summary>
    private sealed class CountingStream : Stream
    {
        public long Taken { get; private set; }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Taken; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Taken += count;
            return count;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
