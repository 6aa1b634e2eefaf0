#!/usr/bin/env python3
# Gnumeric's xlsx importer keeps _xlnm.Print_Titles only as a name; set the
# 'rows to repeat at top' for sheet Doseringen in Gnumeric's own print setup
# (what File > Page Setup > Sheet > Rows to repeat does), in the .gnumeric file.
import gzip, re, sys
src, dst = sys.argv[1], sys.argv[2]
xml = gzip.open(src).read().decode("utf-8")
parts = re.split(r"(<gnm:Sheet )", xml)
out = []
for p in parts:
    if "<gnm:Name>Doseringen</gnm:Name>" in p:
        p, n = re.subn(r'(<gnm:print_range value="[^"]*"/>)',
                       r'\1\n        <gnm:repeat_top value="A3:F3"/>', p, count=1)
        assert n == 1
    out.append(p)
gzip.open(dst, "wb").write("".join(out).encode("utf-8"))
print("wrote", dst)
