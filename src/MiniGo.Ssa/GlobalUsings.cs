// MiniGo.Types.Tuple, not System.Tuple, is meant everywhere in this project.
global using Tuple = MiniGo.Types.Tuple;
