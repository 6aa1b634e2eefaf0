#!/usr/bin/perl
# rapportgen.pl - a small report generator on PDF::API2 with the core fonts.
# Lays out text itself: word wrap, headings, bullet lists, footnotes at the
# bottom of the page, tables drawn cell by cell with rectangles, running
# header and a "Pagina N van M" footer written after all pages exist.
#
# usage: perl rapportgen.pl bramenkeel.txt out.pdf
use strict;
use warnings;
use utf8;
use PDF::API2;

binmode STDOUT, ':encoding(UTF-8)';
my ($src, $out) = @ARGV;
die "usage: $0 source.txt out.pdf\n" unless $src && $out;
my $srcdir = $src =~ m{^(.*)/} ? $1 : '.';

# ---------------------------------------------------------------- setup
my $pdf = PDF::API2->new();
$pdf->mediabox('A4');
my ($PW, $PH) = (595, 842);
my ($ML, $MR, $MT, $MB) = (62, 62, 74, 70);
my $TW = $PW - $ML - $MR;    # text width

my %F = (
    body   => $pdf->corefont('Times-Roman'),
    bodyb  => $pdf->corefont('Times-Bold'),
    bodyi  => $pdf->corefont('Times-Italic'),
    sans   => $pdf->corefont('Helvetica'),
    sansb  => $pdf->corefont('Helvetica-Bold'),
    sansi  => $pdf->corefont('Helvetica-Oblique'),
);
my %S = (body => 10.5, lead => 13.6, h1 => 14, h2 => 11.5, title => 18,
         fn => 8, fnlead => 9.8, tab => 8.5, tablead => 10.4, chrome => 7.5);

my $DOCTITLE = '';
my @pages;       # { page, gfx, txt, footnotes => [], fnh => 0 }
my $cur;         # current page record
my $y;           # current baseline cursor (top of next line box)
my $fnno = 0;

sub width { my ($font, $size, $s) = @_; return $F{$font}->width($s) * $size }

# ---------------------------------------------------------------- pages
sub new_page {
    my $page = $pdf->page();
    my $gfx = $page->gfx();
    my $txt = $page->text();
    $cur = { page => $page, gfx => $gfx, txt => $txt, footnotes => [], fnh => 0 };
    push @pages, $cur;
    # running header
    $txt->font($F{sans}, $S{chrome});
    $txt->fillcolor('#444444');
    $txt->translate($ML, $PH - 46);
    $txt->text($DOCTITLE);
    $txt->translate($PW - $MR, $PH - 46);
    $txt->text_right('NHG-stijl testdocument - versie 1.0 (maart 2026)');
    $txt->fillcolor('#000000');
    $gfx->strokecolor('#888888');
    $gfx->linewidth(0.5);
    $gfx->move($ML, $PH - 52);
    $gfx->line($PW - $MR, $PH - 52);
    $gfx->stroke;
    $gfx->strokecolor('#000000');
    $y = $PH - $MT;
}

sub bottom_limit {
    my ($extra_fn) = @_;
    my $h = $cur->{fnh} + ($extra_fn // 0);
    $h += 14 if $h > 0;    # separator rule and gap
    return $MB + $h;
}

sub need {    # make sure $h points fit above the footnotes, else new page
    my ($h, $extra_fn) = @_;
    new_page() if $y - $h < bottom_limit($extra_fn);
}

# ---------------------------------------------------------------- inline text
# A paragraph is a list of words; a word is a list of segments
# [fontkey, text, size, rise]; footnote markers are raised segments.
sub parse_inline {
    my ($s, $base, $bold, $size) = @_;
    $size //= $S{body};
    my @words = ();
    my @fns   = ();
    my $word  = [];
    my $isbold = 0;
    my $flush = sub { push @words, $word if @$word; $word = [] };
    for my $tok (split /(\*\*|\{fn:[^}]*\})/, $s) {
        next if $tok eq '';
        if ($tok eq '**') { $isbold = !$isbold; next }
        if ($tok =~ /^\{fn:(.*)\}$/s) {
            $fnno++;
            push @fns, [$fnno, $1];
            push @$word, [$base, "$fnno", $size * 0.62, $size * 0.38, $fnno];
            next;
        }
        my @parts = split /( +)/, $tok;
        for my $p (@parts) {
            if ($p =~ /^ +$/) { $flush->(); next }
            push @$word, [($isbold ? $bold : $base), $p, $size, 0];
        }
    }
    $flush->();
    return (\@words, \@fns);
}

sub word_width {
    my ($w) = @_;
    my $t = 0;
    $t += width($_->[0], $_->[2], $_->[1]) for @$w;
    return $t;
}

sub wrap_words {
    my ($words, $maxw, $spacefont, $size) = @_;
    my $sp = width($spacefont, $size, ' ');
    my @lines = ();
    my @line  = ();
    my $lw    = 0;
    for my $w (@$words) {
        my $ww = word_width($w);
        if (@line && $lw + $sp + $ww > $maxw) {
            push @lines, [@line];
            @line = ();
            $lw = 0;
        }
        $lw += ($lw > 0 ? $sp : 0) + $ww;
        push @line, $w;
    }
    push @lines, [@line] if @line;
    return \@lines;
}

sub draw_line {    # draw one wrapped line, font runs joined per line
    my ($txt, $x, $yy, $line, $spacefont) = @_;
    my @runs = ();
    my $first = 1;
    for my $w (@$line) {
        unless ($first) {
            my $sf = $w->[0][0] eq 'bodyb' && @runs && $runs[-1][0] eq 'bodyb' ? 'bodyb'
                   : $w->[0][0] eq 'sansb' && @runs && $runs[-1][0] eq 'sansb' ? 'sansb'
                   : $spacefont;
            my $ss = $w->[0][2] < 7 ? $runs[-1][2] : $w->[0][2];
            push @runs, [$sf, ' ', $ss, 0];
        }
        $first = 0;
        for my $seg (@$w) {
            if (@runs && $runs[-1][0] eq $seg->[0] && $runs[-1][2] == $seg->[2]
                && $runs[-1][3] == $seg->[3]) {
                $runs[-1][1] .= $seg->[1];
            } else {
                push @runs, [@$seg[0 .. 3]];
            }
        }
    }
    $txt->translate($x, $yy);
    for my $r (@runs) {
        $txt->font($F{$r->[0]}, $r->[2]);
        $txt->rise($r->[3]) if $r->[3];
        $txt->text($r->[1]);
        $txt->rise(0) if $r->[3];
    }
}

sub footnote_lines {
    my ($no, $text) = @_;
    my ($words) = parse_inline("$no  $text", 'body', 'bodyb', $S{fn});
    return wrap_words($words, $TW - 10, 'body', $S{fn});
}

# a paragraph: wrap, place line by line; footnotes of a line go to its page
sub paragraph {
    my ($s, %o) = @_;
    my $indent = $o{indent} // 0;
    my $bullet = $o{bullet};
    my ($words, $fns) = parse_inline($s, 'body', 'bodyb', $S{body});
    my %fntext = map { $_->[0] => $_->[1] } @$fns;
    my $lines = wrap_words($words, $TW - $indent, 'body', $S{body});
    my $i = 0;
    for my $line (@$lines) {
        my @here = ();
        for my $w (@$line) { for my $seg (@$w) { push @here, $seg->[4] if defined $seg->[4] } }
        my $extra = 0;
        my @fl = ();
        for my $n (@here) {
            my $l = footnote_lines($n, $fntext{$n});
            push @fl, [$n, $l];
            $extra += @$l * $S{fnlead} + 2;
        }
        # keep the last two lines of a paragraph together
        my $h = $S{lead};
        $h += $S{lead} if $i == @$lines - 2;
        need($h, $extra);
        my $base = $y - $S{body};
        if ($bullet && $i == 0) {
            $cur->{txt}->font($F{body}, $S{body});
            $cur->{txt}->translate($ML + $indent - 10, $base);
            $cur->{txt}->text("\x{2022}");
        }
        draw_line($cur->{txt}, $ML + $indent, $base, $line, 'body');
        $y -= $S{lead};
        for my $f (@fl) {
            push @{ $cur->{footnotes} }, $f;
            $cur->{fnh} += @{ $f->[1] } * $S{fnlead} + 2;
        }
        $i++;
    }
    $y -= $o{after} // 5;
}

sub heading {
    my ($level, $s) = @_;
    my $size = $level == 1 ? $S{h1} : $S{h2};
    my $before = $level == 1 ? 12 : 7;
    $y -= $before unless $y >= $PH - $MT - 1;
    need($size + 6 + 3 * $S{lead});
    $cur->{txt}->font($F{sansb}, $size);
    $cur->{txt}->translate($ML, $y - $size);
    $cur->{txt}->text($s);
    $y -= $size + ($level == 1 ? 8 : 5);
}

# ---------------------------------------------------------------- tables
sub cell_lines {
    my ($s, $w, $font) = @_;
    my ($words) = parse_inline($s, $font, 'sansb', $S{tab});
    return wrap_words($words, $w - 7, $font, $S{tab});
}

sub draw_cell {
    my ($x, $top, $w, $h, $lines, $font, $fill) = @_;
    my $gfx = $cur->{gfx};
    if ($fill) {
        $gfx->fillcolor($fill);
        $gfx->rect($x, $top - $h, $w, $h);
        $gfx->fill;
        $gfx->fillcolor('#000000');
    }
    $gfx->linewidth(0.6);
    $gfx->rect($x, $top - $h, $w, $h);
    $gfx->stroke;
    my $yy = $top - 3.5 - $S{tab};
    for my $l (@$lines) {
        draw_line($cur->{txt}, $x + 3.5, $yy, $l, $font);
        $yy -= $S{tablead};
    }
}

sub table {
    my ($file) = @_;
    open my $fh, '<:encoding(UTF-8)', "$srcdir/$file" or die "$file: $!";
    my (%meta, @rows);
    my $group;
    while (my $l = <$fh>) {
        chomp $l;
        next if $l =~ /^\s*$/;
        my @c = split /\t/, $l;
        if ($c[0] =~ /^#(\w+)/) { $meta{$1} = [@c[1 .. $#c]]; next }
        if ($c[0] eq '@group') { $group = { name => $c[1], rows => [] }; push @rows, $group; next }
        if ($group) { push @{ $group->{rows} }, [@c] } else { push @rows, { name => undef, rows => [[@c]] } }
    }
    close $fh;
    my @wid = @{ $meta{widths} };
    my @hdr = @{ $meta{header} };
    my $grouped = grep { defined $_->{name} } @rows;
    my $tw = 0; $tw += $_ for @wid;

    my $hdr_lines = [map { cell_lines($hdr[$_], $wid[$_], 'sansb') } 0 .. $#hdr];
    my $hdr_h = 7;
    for (@$hdr_lines) { my $h = @$_ * $S{tablead} + 7; $hdr_h = $h if $h > $hdr_h }

    my $draw_header = sub {
        my $x = $ML;
        for my $i (0 .. $#hdr) {
            draw_cell($x, $y, $wid[$i], $hdr_h, $hdr_lines->[$i], 'sansb', '#d9d9d9');
            $x += $wid[$i];
        }
        $y -= $hdr_h;
    };

    # caption, kept with header and first row
    $y -= 6;
    need(14 + $hdr_h + 3 * $S{tablead} + 8);
    $cur->{txt}->font($F{sansb}, 9);
    $cur->{txt}->translate($ML, $y - 9);
    $cur->{txt}->text($meta{caption}[0]);
    $y -= 15;
    $draw_header->();

    for my $g (@rows) {
        my $off = $grouped ? 1 : 0;
        my $gx = $ML;
        my $gw = $grouped ? $wid[0] : 0;
        my $name_lines = $grouped ? cell_lines($g->{name}, $gw, 'sansb') : [];
        my @rh = ();
        for my $r (@{ $g->{rows} }) {
            my $h = 0;
            for my $i (0 .. $#$r) {
                my $n = @{ cell_lines($r->[$i], $wid[$i + $off], 'sans') };
                my $hh = $n * $S{tablead} + 7;
                $h = $hh if $hh > $h;
            }
            push @rh, $h;
        }
        # the merged name cell must fit in the rows of its group
        my $nh = @$name_lines * $S{tablead} + 7;
        my $sum = 0; $sum += $_ for @rh;
        $rh[-1] += $nh - $sum if $nh > $sum;

        my $gtop = $y;        # top of the merged name cell on this page
        my $first_on_page = 1;
        my $cont = 0;
        for my $ri (0 .. $#{ $g->{rows} }) {
            my $r = $g->{rows}[$ri];
            my $need = $rh[$ri];
            if ($y - $need < bottom_limit()) {
                # close the group cell on this page, continue on the next
                if ($grouped && $gtop > $y) {
                    draw_cell($gx, $gtop, $gw, $gtop - $y,
                        ($cont ? cell_lines($g->{name} . ' (vervolg)', $gw, 'sansb') : $name_lines),
                        'sansb');
                }
                my $drawn = $grouped && $gtop > $y;
                new_page();
                $cur->{txt}->font($F{sansi}, 8);
                $cur->{txt}->translate($ML, $y - 8);
                $cur->{txt}->text($meta{caption}[0] . ' (vervolg)');
                $y -= 13;
                $draw_header->();
                $gtop = $y;
                $cont = 1 if $drawn;
            }
            my $x = $ML + $gw;
            for my $i (0 .. $#$r) {
                draw_cell($x, $y, $wid[$i + $off], $rh[$ri], cell_lines($r->[$i], $wid[$i + $off], 'sans'), 'sans');
                $x += $wid[$i + $off];
            }
            $y -= $rh[$ri];
            $first_on_page = 0;
        }
        if ($grouped) {
            draw_cell($gx, $gtop, $gw, $gtop - $y,
                ($cont ? cell_lines($g->{name} . ' (vervolg)', $gw, 'sansb') : $name_lines), 'sansb');
        }
    }
    if ($meta{note}) {
        my ($words) = parse_inline($meta{note}[0], 'sansi', 'sansb', 7.5);
        my $lines = wrap_words($words, $tw, 'sansi', 7.5);
        $y -= 3;
        for my $l (@$lines) {
            need(9.5);
            draw_line($cur->{txt}, $ML, $y - 7.5, $l, 'sansi');
            $y -= 9.5;
        }
    }
    $y -= 10;
}

# ---------------------------------------------------------------- source
open my $in, '<:encoding(UTF-8)', $src or die "$src: $!";
my @blocks = ();
{
    my @para = ();
    my $flush = sub { push @blocks, ['p', join(' ', @para)] if @para; @para = () };
    while (my $l = <$in>) {
        chomp $l;
        if ($l =~ /^\s*$/)          { $flush->(); next }
        if ($l =~ /^= (.*)/)        { $flush->(); push @blocks, ['title', $1]; next }
        if ($l =~ /^~ (.*)/)        { $flush->(); push @blocks, ['sub', $1]; next }
        if ($l =~ /^(#+) (.*)/)     { $flush->(); push @blocks, ['h', length($1), $2]; next }
        if ($l =~ /^- (.*)/)        { $flush->(); push @blocks, ['li', $1]; next }
        if ($l =~ /^\@table (\w+)/) { $flush->(); push @blocks, ['table', $1]; next }
        push @para, $l;
    }
    $flush->();
}
close $in;
($DOCTITLE) = map { $_->[1] } grep { $_->[0] eq 'title' } @blocks;

my %tablefile = (dose => 'tabel1-dosering.tsv', braks => 'tabel2-braks.tsv');
new_page();
my $prev = '';
for my $b (@blocks) {
    my $k = $b->[0];
    $y -= 4 if $prev eq 'li' && $k ne 'li';
    if ($k eq 'title') {
        $cur->{txt}->font($F{sansb}, $S{title});
        $cur->{txt}->translate($ML, $y - $S{title});
        $cur->{txt}->text($b->[1]);
        $y -= $S{title} + 8;
    } elsif ($k eq 'sub') {
        my ($words) = parse_inline($b->[1], 'sansi', 'sansb', 9);
        for my $l (@{ wrap_words($words, $TW, 'sansi', 9) }) {
            draw_line($cur->{txt}, $ML, $y - 9, $l, 'sansi');
            $y -= 11.5;
        }
        $cur->{gfx}->linewidth(1);
        $cur->{gfx}->move($ML, $y - 4);
        $cur->{gfx}->line($PW - $MR, $y - 4);
        $cur->{gfx}->stroke;
        $y -= 12;
    } elsif ($k eq 'h') {
        heading($b->[1], $b->[2]);
    } elsif ($k eq 'li') {
        paragraph($b->[1], indent => 16, bullet => 1, after => 1.5);
    } elsif ($k eq 'table') {
        table($tablefile{ $b->[1] });
    } else {
        paragraph($b->[1]);
    }
    $prev = $k;
}

# ---------------------------------------------------------------- footnotes, footer
my $n = @pages;
for my $i (0 .. $#pages) {
    my $p = $pages[$i];
    my ($txt, $gfx) = ($p->{txt}, $p->{gfx});
    if (@{ $p->{footnotes} }) {
        my $fy = $MB + $p->{fnh};
        $gfx->linewidth(0.5);
        $gfx->move($ML, $fy + 6);
        $gfx->line($ML + 120, $fy + 6);
        $gfx->stroke;
        for my $f (@{ $p->{footnotes} }) {
            for my $l (@{ $f->[1] }) {
                draw_line($txt, $ML, $fy - $S{fn}, $l, 'body');
                $fy -= $S{fnlead};
            }
            $fy -= 2;
        }
    }
    $gfx->linewidth(0.5);
    $gfx->move($ML, 52);
    $gfx->line($PW - $MR, 52);
    $gfx->stroke;
    $txt->font($F{sans}, $S{chrome});
    $txt->translate($ML, 40);
    $txt->text('Fictief testdocument - geen medisch advies');
    $txt->translate($PW - $MR, 40);
    $txt->text_right(sprintf('Pagina %d van %d', $i + 1, $n));
}

$pdf->info(
    Title    => $DOCTITLE,
    Author   => 'rapportgen.pl',
    Creator  => 'rapportgen.pl 0.3 (Perl ' . sprintf('%vd', $^V) . ')',
    Subject  => 'Fictieve NHG-stijl standaard, testdocument',
);
$pdf->saveas($out);
print "$out: $n pages\n";
