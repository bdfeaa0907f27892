<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title><#if (content.title)??>${content.title} · </#if>Quillfeather Mail engineering</title>
<link rel="stylesheet" href="${content.rootpath!""}css/site.css">
</head>
<body>
<header><a href="${content.rootpath!""}index.html">Quillfeather Mail engineering</a> ·
<a href="${content.rootpath!""}about.html">About</a> ·
<a href="${content.rootpath!""}postmortems/index.html">Postmortems</a></header>
<main>
