# Opens a GraphML export with R igraph and prints vertex count, edge count and each vertex's id and label as JSON-ish lines.
# Usage: Rscript read_graphml.R <file.graphml>
suppressPackageStartupMessages(library(igraph))
args <- commandArgs(trailingOnly = TRUE)
g <- withCallingHandlers(
  read_graph(args[1], format = "graphml"),
  warning = function(w) stop(conditionMessage(w))
)
cat("vcount", vcount(g), "\n")
cat("ecount", ecount(g), "\n")
cat("directed", is_directed(g), "\n")
labels <- V(g)$label
ids <- V(g)$id
for (i in seq_along(ids)) cat("label\t", ids[i], "\t", labels[i], "\n", sep = "")
