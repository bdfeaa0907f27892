pmSearch.shard("76-61",{"validate":[2,2]});
