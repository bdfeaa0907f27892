pmSearch.shard("77-61",{"was":[2,1]});
