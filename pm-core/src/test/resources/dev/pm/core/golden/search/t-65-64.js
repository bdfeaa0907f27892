pmSearch.shard("65-64",{"edge":[2,4]});
