# Opens a CSV export with base R read.csv (warnings are errors) and prints the row count and each row's id and
# one column as tab-separated lines, so the test compares what R reads with what the API serves.
# Usage: Rscript read_csv.R <file.csv> <column>
args <- commandArgs(trailingOnly = TRUE)
table <- withCallingHandlers(
  read.csv(args[1], encoding = "UTF-8", fileEncoding = "UTF-8", stringsAsFactors = FALSE,
           colClasses = "character", na.strings = character(0)),
  warning = function(w) stop(conditionMessage(w))
)
cat("rows", nrow(table), "\n")
for (i in seq_len(nrow(table))) cat("row\t", table$id[i], "\t", table[[args[2]]][i], "\n", sep = "")
