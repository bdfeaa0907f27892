pmSearch.shard("62-6f",{"bound":[0,1]});
